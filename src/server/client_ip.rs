//! Which client a request comes from, for rate limits.
//!
//! Directly connected (the default), the client is the TCP peer. Behind reverse proxies
//! (`CYBERHELP_TRUST_PROXY_HEADERS=true`), each proxy appends the address it received the request from to
//! `X-Forwarded-For`; everything left of the first proxy's entry was written by the client itself and can be
//! anything. So the client is found by walking the chain *from the right* — the TCP peer first, then the
//! `X-Forwarded-For` entries right to left — past every address in `CYBERHELP_TRUSTED_PROXIES`; the first
//! address that is not a trusted proxy is the client (MDN, "X-Forwarded-For: selecting an IP address").
//! A peer that is not a trusted proxy is itself the client, whatever headers it sends.
//!
//! Rate-limit keys of IPv6 clients are their /64 network: one IPv6 host usually owns a whole /64 and could
//! otherwise take a fresh address for every request. IPv4-mapped IPv6 addresses (from a dual-stack
//! listener) count as the IPv4 address.

use ipnet::IpNet;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

/// The proxies trusted when `CYBERHELP_TRUSTED_PROXIES` is not set: loopback and private networks.
pub const DEFAULT_TRUSTED_PROXIES: &str =
    "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7";

/// Parses one entry of `CYBERHELP_TRUSTED_PROXIES`: a CIDR (`10.0.0.0/8`, `2001:db8::/32`) or a single
/// address.
pub fn parse_net(s: &str) -> Result<IpNet, String> {
    let s = s.trim();
    s.parse::<IpNet>()
        .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("`{s}` is not an IP address or CIDR network"))
}

/// How the client address of a request is found (see the module documentation).
#[derive(Clone, Debug)]
pub struct ClientIp {
    trust_proxy_headers: bool,
    trusted: Arc<Vec<IpNet>>,
}

impl ClientIp {
    /// A policy; `trusted` only matters with `trust_proxy_headers`.
    pub fn new(trust_proxy_headers: bool, trusted: Vec<IpNet>) -> Self {
        ClientIp {
            trust_proxy_headers,
            trusted: Arc::new(trusted),
        }
    }

    fn is_trusted(&self, ip: IpAddr) -> bool {
        self.trusted.iter().any(|n| n.contains(&ip))
    }

    /// The client address of a request from `peer` with these headers.
    pub fn client(&self, peer: IpAddr, headers: &http::HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.trust_proxy_headers || !self.is_trusted(peer) {
            return peer;
        }
        let mut nearest = peer;
        // all X-Forwarded-For headers in order form one list
        let entries: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .collect();
        for entry in entries.iter().rev() {
            let Some(ip) = parse_forwarded(entry) else {
                // garbage right of the trusted proxies: the client is unknown, key on the nearest proxy
                return nearest;
            };
            if !self.is_trusted(ip) {
                return ip;
            }
            nearest = ip;
        }
        nearest
    }

    /// The rate-limit key of a request: [`ClientIp::client`], IPv6 reduced to its /64.
    pub fn key(&self, peer: IpAddr, headers: &http::HeaderMap) -> IpAddr {
        rate_key(self.client(peer, headers))
    }
}

/// An `X-Forwarded-For` entry: an address, possibly `[v6]:port` or `v4:port`.
fn parse_forwarded(entry: &str) -> Option<IpAddr> {
    let e = entry.trim();
    e.parse::<IpAddr>()
        .ok()
        .or_else(|| e.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .map(|ip| ip.to_canonical())
}

/// The rate-limit key of a client address: IPv4 as it is, IPv6 with the low 64 bits cleared.
pub fn rate_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(Ipv6Addr::from(bits))
        }
        v4 => v4,
    }
}

impl tower_governor::key_extractor::KeyExtractor for ClientIp {
    type Key = IpAddr;

    fn extract<T>(
        &self,
        req: &http::Request<T>,
    ) -> Result<Self::Key, tower_governor::GovernorError> {
        let peer = req
            .extensions()
            .get::<axum::extract::ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .ok_or(tower_governor::GovernorError::UnableToExtractKey)?;
        Ok(self.key(peer, req.headers()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Vec<IpNet> {
        DEFAULT_TRUSTED_PROXIES
            .split(',')
            .map(|s| parse_net(s).unwrap())
            .collect()
    }

    fn xff(values: &[&str]) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_client_is_the_right_most_untrusted_address() {
        let lb = ClientIp::new(true, defaults());
        let peer = ip("10.0.0.2");
        for (headers, want) in [
            // a spoofed first entry is ignored
            (xff(&["6.6.6.6, 203.0.113.7"]), "203.0.113.7"),
            (xff(&["6.6.6.6", "203.0.113.7"]), "203.0.113.7"),
            // a second proxy inside the trusted network is skipped
            (xff(&["1.1.1.1, 203.0.113.7, 10.0.0.9"]), "203.0.113.7"),
            (xff(&["203.0.113.7:4711"]), "203.0.113.7"),
            (xff(&["[2001:db8::1]:4711"]), "2001:db8::1"),
            (xff(&["::ffff:203.0.113.7"]), "203.0.113.7"),
            // nothing forwarded, or garbage right of the proxies: the nearest proxy
            (xff(&[]), "10.0.0.2"),
            (xff(&["203.0.113.7, garbage"]), "10.0.0.2"),
            (xff(&["203.0.113.7, 10.0.0.9, unknown"]), "10.0.0.2"),
        ] {
            assert_eq!(lb.client(peer, &headers), ip(want), "{headers:?}");
        }
        // a directly connected client cannot claim another address
        assert_eq!(
            lb.client(ip("198.51.100.4"), &xff(&["203.0.113.7"])),
            ip("198.51.100.4")
        );
        // headers not trusted: always the peer
        let direct = ClientIp::new(false, defaults());
        assert_eq!(direct.client(peer, &xff(&["203.0.113.7"])), peer);
        // a configured public proxy range
        let cdn = ClientIp::new(true, vec![parse_net("198.51.100.0/24").unwrap()]);
        assert_eq!(
            cdn.client(
                ip("198.51.100.4"),
                &xff(&["6.6.6.6, 203.0.113.7, 198.51.100.9"])
            ),
            ip("203.0.113.7")
        );
        assert_eq!(
            cdn.client(ip("10.0.0.2"), &xff(&["203.0.113.7"])),
            ip("10.0.0.2"),
            "10/8 is not trusted when the list is configured"
        );
    }

    #[test]
    fn ipv6_clients_are_keyed_by_their_64() {
        assert_eq!(
            rate_key(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd")),
            ip("2001:db8:1:2::")
        );
        assert_eq!(
            rate_key(ip("2001:db8:1:2::1")),
            rate_key(ip("2001:db8:1:2:ffff::9"))
        );
        assert_ne!(
            rate_key(ip("2001:db8:1:2::1")),
            rate_key(ip("2001:db8:1:3::1"))
        );
        assert_eq!(rate_key(ip("203.0.113.7")), ip("203.0.113.7"));
        assert_eq!(rate_key(ip("::ffff:203.0.113.7")), ip("203.0.113.7"));
    }

    #[test]
    fn trusted_proxy_entries_parse() {
        assert!(parse_net("10.0.0.0/8").is_ok());
        assert!(parse_net(" 2001:db8::/32 ").is_ok());
        assert_eq!(parse_net("192.0.2.1").unwrap().prefix_len(), 32);
        assert!(parse_net("10.0.0.0/33").is_err());
        assert!(parse_net("example.org").is_err());
    }
}
