//! The `cyberhelp` binary: parses the command line and hands over to [`cyberhelp::server::cli`].

#[tokio::main]
async fn main() -> std::process::ExitCode {
    cyberhelp::server::cli::main().await
}
