//! Tests of the search engine's building blocks.

use super::*;

#[test]
fn fuzzy_expansions_are_capped_per_query() {
    // ordinary queries keep full typo tolerance
    assert_eq!(fuzzy_plan(&["instagram", "hacked"]), [2, 1]);
    assert_eq!(fuzzy_plan(&["ransomware", "encrypted", "files"]), [2, 2, 1]);
    assert_eq!(
        fuzzy_plan(&["paid", "fake", "shop", "parcel", "text", "bank"]),
        [1; 6]
    );
    // a hostile query of 16 long words: the budget, not 8 two-edit automata per field
    let long: Vec<String> = (0..16).map(|i| format!("qwertzuiopasdf{i:02}")).collect();
    let plan = fuzzy_plan(&long);
    let cost: u32 = plan
        .iter()
        .map(|d| if *d == 2 { 3 } else { u32::from(*d) })
        .sum();
    assert!(cost <= FUZZY_BUDGET, "{plan:?}");
    assert_eq!(plan.iter().filter(|d| **d == 2).count(), 3, "{plan:?}");
    assert!(plan[4..].iter().all(|d| *d <= 1), "{plan:?}");
    assert!(plan.iter().skip(4).all(|d| *d == 0), "{plan:?}");
}
