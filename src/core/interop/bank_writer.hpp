// Writes a Bank as YAML text in the bank format the loader reads (questions/README.md), so imported
// banks load back unchanged. The only writer of bank files.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/bank/question.hpp"

namespace retain {

// Returns the YAML text of bank: a `bank:` header and a `questions:` list. Numbers are written so they
// read back as the same double; texts that YAML would read as something else (true, 12, 2018-05-26,
// null, leading blanks, ...) are quoted. Question tags that repeat a bank default tag are left out.
// headerComment (may be empty) becomes '#' comment lines at the top.
std::string writeBankYaml(const Bank& bank, const std::string& headerComment = {});

// One file of a bank written as a folder: its name inside the folder and its YAML text.
struct BankFileText {
    std::string name;  // "bank.yaml" (the header and the first questions), "part-002.yaml", ...
    std::string text;
};

// Returns the bank as one file (name "") when its YAML fits in maxFileBytes, else as the files of a bank
// folder (questions/README.md, "Banks in a folder"), each at most maxFileBytes, the questions in order.
// A single question bigger than maxFileBytes still gets a file of its own (the loader then says so).
std::vector<BankFileText> writeBankFiles(const Bank& bank, const std::string& headerComment, std::size_t maxFileBytes);

}  // namespace retain
