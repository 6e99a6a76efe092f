// Drafting an article file into a bank file: read the article (at most kMaxArticleBytes), draft it,
// check that the YAML loads and that every evidence stands in its paragraph, and only then write the
// bank atomically. The `retain draft` verb and the app's Draft review screen both call this.
#pragma once

#include <string>

#include "core/bank/problem.hpp"
#include "core/draft/drafter.hpp"

namespace retain::draft {

struct DraftFileResult {
    bool ok = false;
    bool misuse = false;   // the article is missing or the bank exists: the caller asked for the wrong thing
    std::string message;   // why nothing was written; empty when ok
    ProblemList problems;  // the load or evidence problems that stopped the writing
    DraftReport report;    // what was drafted (report.bank is the written bank when ok)
};

// Writes text to path through a temporary file and a rename, so a reader never sees half a bank.
// Returns false with a message when the folder or the file cannot be written.
bool writeFileAtomically(const std::string& path, const std::string& text, std::string& message);

// Returns the bank's header comment, naming the article file the drafts come from.
std::string draftHeaderComment(const std::string& articleFileName);

// Drafts articlePath into a new bank file at bankPath (refused when it exists unless overwrite).
// options.sourceDoc left empty becomes the slug of the article's file name.
DraftFileResult draftArticleFile(const std::string& articlePath, const std::string& bankPath, DraftOptions options,
                                 bool overwrite);

}  // namespace retain::draft
