// The host's LAN addresses (see lan_address.hpp).
#include "net/lan_address.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace retain::net {

namespace {

bool isPrivate(const std::string& address) {
    return address.rfind("10.", 0) == 0 || address.rfind("192.168.", 0) == 0 ||
           (address.rfind("172.", 0) == 0 && [&] {
               const int second = std::atoi(address.c_str() + 4);
               return second >= 16 && second <= 31;
           }());
}

}  // namespace

std::vector<std::string> lanAddresses() {
    std::vector<std::string> addresses;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return addresses;
    for (const ifaddrs* entry = list; entry != nullptr; entry = entry->ifa_next) {
        if (entry->ifa_addr == nullptr || entry->ifa_addr->sa_family != AF_INET) continue;
        if ((entry->ifa_flags & IFF_UP) == 0 || (entry->ifa_flags & IFF_LOOPBACK) != 0) continue;
        char text[INET_ADDRSTRLEN] = "";
        const auto* address = reinterpret_cast<const sockaddr_in*>(entry->ifa_addr);
        if (inet_ntop(AF_INET, &address->sin_addr, text, sizeof text) == nullptr) continue;
        if (std::find(addresses.begin(), addresses.end(), text) == addresses.end()) addresses.emplace_back(text);
    }
    freeifaddrs(list);
    std::stable_partition(addresses.begin(), addresses.end(), isPrivate);
    return addresses;
}

std::string joinUrl(const std::string& address, int port, const std::string& pin) {
    return "http://" + address + ":" + std::to_string(port) + "/?pin=" + pin;
}

}  // namespace retain::net
