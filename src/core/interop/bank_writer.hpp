// Writes a Bank as YAML text in the bank format the loader reads (questions/README.md), so imported
// banks load back unchanged. The only writer of bank files.
#pragma once

#include <string>

#include "core/bank/question.hpp"

namespace retain {

// Returns the YAML text of bank: a `bank:` header and a `questions:` list. Numbers are written so they
// read back as the same double; texts that YAML would read as something else (true, 12, 2018-05-26,
// null, leading blanks, ...) are quoted. Question tags that repeat a bank default tag are left out.
// headerComment (may be empty) becomes '#' comment lines at the top.
std::string writeBankYaml(const Bank& bank, const std::string& headerComment = {});

}  // namespace retain
