// Short interval labels for the rating buttons: "Again 1m · Hard 6m · Good 1d · Easy 3d".
#pragma once

#include <string>

namespace retain {

// Returns intervalDays (days, fractional) as a short label: minutes below an hour ("1m", "10m"), hours
// below a day ("6h", "1.5h"), whole days below a month ("1d", "12d"), months below a year ("3.5mo"),
// then years ("1.2y"). One decimal at most, dropped when it is 0; never below "1m".
std::string formatInterval(double intervalDays);

}  // namespace retain
