//! How Hong Kong and Macau documents spell the characters of given names:
//! the Cantonese reading in the government's romanisation and its common
//! variants (家樂 = Ka-lok, 凱婷 = Hoi-ting, 志健 = Chi-kin).
//!
//! Pinyin cannot read these names (樂 is le or yue in pinyin, lok here), so
//! without them a slip in a Cantonese given name (俊熙 Chun-hei written for
//! 俊傑 Chun-kit) passes unseen. The table is `data/names/cantonese.yaml`,
//! compiled by `tests/codegen.rs`; a character it lacks is never judged.

use crate::terms::generated::cantonese::CANTONESE;

/// The spellings of a character's Cantonese reading, when the table has it.
pub fn spellings(c: char) -> Option<&'static [&'static str]> {
    CANTONESE
        .binary_search_by_key(&c, |(k, _)| *k)
        .ok()
        .map(|i| CANTONESE[i].1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_is_sorted_and_reads_common_names() {
        let table = super::CANTONESE;
        assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        for (c, spelling) in [('家', "ka"), ('樂', "lok"), ('乐', "lok"), ('凱', "hoi")] {
            assert!(
                super::spellings(c).is_some_and(|s| s.contains(&spelling)),
                "{c} {spelling}"
            );
        }
    }
}
