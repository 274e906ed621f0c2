#[test]
#[ignore]
fn dump() {
    let text = std::fs::read_to_string("/tmp/lines.txt").unwrap();
    for line in text.lines() {
        let qs = cvpair::terms::numbers::extract(line);
        if qs.is_empty() { continue; }
        let shown: Vec<String> = qs.iter().map(|q| format!("[{}|{:?}|{}|{:?}]", q.written, q.unit, q.value, q.reading)).collect();
        println!("{}\n    {}", line.trim(), shown.join(" "));
    }
}
