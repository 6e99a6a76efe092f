// The documented limits of a bank file (questions/README.md, "Limits"). The loader refuses a file that
// exceeds one, with a located problem, before yaml-cpp sees it: this keeps a hostile or broken file from
// exhausting memory or the stack.
#pragma once

#include <cstddef>

namespace retain {

constexpr std::size_t kMaxBankFileBytes = 8u * 1024u * 1024u;  // bytes per .yaml file (8 MiB)
constexpr int kMaxNestingDepth = 32;   // levels of lists/maps inside each other; a bank needs about 5
constexpr int kMaxAliases = 100;       // uses of YAML aliases (*name) per file; stops "billion laughs" files

}  // namespace retain
