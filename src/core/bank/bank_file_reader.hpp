// Internal to the bank loader: turns the text of one bank file into a bank header and its clean
// questions. The yaml-cpp node tree lives only inside readBankFile, so a large library never holds more
// than one file's tree at a time.
#pragma once

#include <string>
#include <vector>

#include "core/bank/problem.hpp"
#include "core/bank/question.hpp"
#include "core/bank/question_reader.hpp"

namespace retain {

struct BankFileContent {
    bool parsed = false;       // the text passed the pre-scan and is valid YAML
    bool hasHeader = false;    // the file has a `bank:` map
    bool headerUsable = false; // the header has a valid id
    Bank header;               // id, title, ... (no questions)
    int headerLine = 0;        // 1-based line of the header's id (or of `bank:` when the id is missing)
    std::vector<Question> questions;  // questions without errors, in file order
};

// Reads one bank file's text; problems get fileName; question ids are checked against (and added to) ids.
// Never throws.
BankFileContent readBankFile(const std::string& text, const std::string& fileName, IdRegistry& ids, ProblemList& problems);

}  // namespace retain
