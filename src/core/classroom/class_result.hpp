// One student's answer to one question, as drills and exams hand it to the class report and to storage.
#pragma once

#include <string>

#include "core/storage/records.hpp"

namespace retain {

// One row of the class report: plain data a store can save as it is.
struct ClassResultRow {
    std::string student;      // profile name
    CardKey key;              // bank id + question id
    std::string answer;       // the answer as given, in the bank's terms (choice text, not a shown letter); "" = none
    double score = 0.0;       // the grader's score, 0..1 (0 for no answer)
    double timeSeconds = 0.0; // time spent on the question, seconds
    bool operator==(const ClassResultRow&) const = default;
};

}  // namespace retain
