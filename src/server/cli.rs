//! The command line: `cyberhelp` (serve), `cyberhelp serve`, `cyberhelp check-content [DIR]`.

use super::config::{Cli, Command, LogFormat, ServeConfig};
use clap::Parser;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

fn init_logs(config: &ServeConfig) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&config.log));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let _ = match config.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Parses arguments and runs the chosen command. Exit status 0 on success, 1 on failure, 2 on bad usage.
pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::CheckContent { dir }) => {
            let ok = dir.join("incident-types.toml").is_file();
            if ok {
                println!("{}: ok", dir.display());
                ExitCode::SUCCESS
            } else {
                eprintln!("{}: incident-types.toml not found", dir.display());
                ExitCode::FAILURE
            }
        }
        Some(Command::Serve(config)) => serve(config).await,
        None => serve(cli.serve).await,
    }
}

async fn serve(config: ServeConfig) -> ExitCode {
    init_logs(&config);
    match super::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("cyberhelp: {e:#}");
            ExitCode::FAILURE
        }
    }
}
