//! The student module: what every student downloads.
fn main() {
    fact_claim_opinion::student::start();
}
