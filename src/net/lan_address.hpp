// The host's addresses on the local network, for the join URL the teacher shows (http://<address>:<port>/?pin=…).
#pragma once

#include <string>
#include <vector>

namespace retain::net {

// Returns the IPv4 addresses of the network interfaces that are up, loopback left out, private ranges
// (10/8, 172.16/12, 192.168/16) first; empty when there is no network.
std::vector<std::string> lanAddresses();

// Returns "http://<address>:<port>/?pin=<pin>".
std::string joinUrl(const std::string& address, int port, const std::string& pin);

}  // namespace retain::net
