//! The `cyberhelp` binary: parses the command line and hands over to [`cyberhelp::server::cli`].

fn main() -> std::process::ExitCode {
    // before any thread starts: at most two glibc malloc arenas (see `server::memory`)
    cyberhelp::server::memory::limit_arenas();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt.block_on(cyberhelp::server::cli::main()),
        Err(e) => {
            eprintln!("cyberhelp: starting the async runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
