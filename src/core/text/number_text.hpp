// Numbers written out: exactly (for files that are read back) or as people write them (for display).
#pragma once

#include <string>

namespace retain {

// Returns the shortest decimal that reads back as exactly value ("18000000000", "0.1", "1e-07").
std::string exactNumberText(double value);

// Returns a number as people write it: scale words for round large values ("18 billion"), grouped digits
// for other large whole numbers ("12,500"), the shortest decimal otherwise ("0.25").
std::string humanNumber(double value);

}  // namespace retain
