//! Scam-check benchmark (issue 17): time per check of a typical pasted SMS (the baseline) and of the bad inputs
//! the issue names — a paste far over the cap, thousands of links, Unicode tricks (direction overrides,
//! zero-width joiners, mixed-script look-alike domains), `javascript:`/`data:` links, an e-mail with folded header
//! lines — on the real content (brands, directory domains, phrases in 24 languages). Prints p50, p99 and the
//! maximum per input, and each p99 as a ratio of the baseline's; the bound is a worst case under 50 ms.
//!
//! Run: `cargo bench --features ssr --bench tools` (`BENCH_RUNS=N`, default 200 per input).

use std::path::Path;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir =
        cyberhelp::server::routing::directory::load(&root.join("content/contact-points")).unwrap();
    let data = cyberhelp::server::tools::check::load(&root.join("content"), &dir).unwrap();
    let langs = cyberhelp::server::tools::country_languages(&dir, Some("BE"));
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);

    let sms = "CTT: A sua encomenda está retida por falta de pagamento de taxas alfandegárias (1,99 EUR). \
               Pague em 24h: https://ctt-pt.entregas-pendentes.com/pagar"
        .to_owned();
    let huge = "Urgent: votre compte sera bloqué, confirmez vos données https://paypa1.com/x "
        .repeat(2_000);
    let links: String = (0..5_000)
        .map(|i| format!("https://x{i}.examp1e-bank{i}.com/login?id={i} "))
        .collect();
    let tricks: String = (0..2_000)
        .map(|i| {
            format!(
                "\u{202e}moc.lapyap\u{202c} \u{200d}p\u{200b}aypal https://\u{430}mazon{i}.com/ "
            )
        })
        .collect();
    let schemes =
        "javascript:alert(1) data:text/html;base64,PHNjcmlwdD4= vbscript:x ".repeat(1_000);
    let headers = format!(
        "From: \"Banque\" <noreply@secure-banque.example>\r\nSubject: =?utf-8?B?VXJnZW50?=\r\n\tsuite du sujet\r\n \
         encore\r\nReceived: from a\r\n by b\r\n\r\n{}",
        "Votre compte est suspendu. Cliquez ici https://bnp-paribas.secure-login.top/ ".repeat(300)
    );
    let inputs: [(&str, &String); 6] = [
        ("typical SMS (baseline)", &sms),
        ("paste over the cap (160 k chars)", &huge),
        ("5 000 links", &links),
        ("Unicode tricks", &tricks),
        ("javascript:/data: links", &schemes),
        ("e-mail, folded headers", &headers),
    ];
    let mut base_p99 = 0.0;
    let mut worst = 0.0f64;
    println!(
        "{:<34} {:>9} {:>9} {:>9} {:>10}",
        "input", "p50 ms", "p99 ms", "max ms", "p99/base"
    );
    for (name, text) in inputs {
        let mut t: Vec<f64> = (0..runs)
            .map(|_| {
                let s = Instant::now();
                let o = data.check(text, "fr", &langs);
                std::hint::black_box(o);
                s.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        t.sort_by(f64::total_cmp);
        let (p50, p99, max) = (t[runs / 2], t[(runs * 99 / 100).min(runs - 1)], t[runs - 1]);
        if base_p99 == 0.0 {
            base_p99 = p99;
        }
        worst = worst.max(max);
        println!(
            "{name:<34} {p50:>9.3} {p99:>9.3} {max:>9.3} {:>9.1}x",
            p99 / base_p99
        );
    }
    println!("worst single check: {worst:.1} ms (issue 17 bound: 50 ms)");
}
