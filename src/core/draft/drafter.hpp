// Drafting a bank from an article: read it, find the facts sentence by sentence (opinions skipped),
// write one question per fact in its best form, rank, cap and return a Bank whose questions are all
// marked draft. The bank writer (core/interop/bank_writer.hpp) turns it into YAML.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/bank/question.hpp"

namespace retain::draft {

struct DraftOptions {
    std::string bankId;          // the bank's id; empty = "draft"
    std::string title;           // the bank's title; empty = the article's title
    std::size_t maxQuestions = 0;  // keep at most this many (the best ranked); 0 = all
    std::string sourceDoc;       // the bank's source.doc, naming the article (not the bank); empty = the bank's id
};

struct DraftReport {
    bool ok = false;
    std::string message;          // why nothing was drafted (bad input, no facts); empty when ok
    Bank bank;                    // questions in article order, each with draft = true
    std::size_t facts = 0;        // distinct facts found
    std::size_t opinions = 0;     // sentences skipped as opinions, predictions or doubts
    std::size_t dropped = 0;      // questions left out by maxQuestions
};

// Drafts a bank from the article text (UTF-8). Never throws on bad input: the report says what is wrong.
DraftReport draftBank(std::string_view articleText, const DraftOptions& options);

}  // namespace retain::draft
