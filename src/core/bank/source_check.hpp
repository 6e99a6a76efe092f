// Checks that each question's evidence phrase stands in the paragraph of the source document it cites.
// Paragraphs are numbered as shared/source/README.md defines them; the comparison is loose about quote and
// dash kinds, whitespace and case, so a teacher may type straight quotes and hyphens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bank/problem.hpp"
#include "core/bank/question.hpp"

namespace retain {

// Splits text into paragraphs: paragraph N is the N-th line that is not blank once leading and trailing
// spaces, tabs and no-break spaces (U+00A0) are trimmed. Returns the trimmed lines; [0] is paragraph 1.
std::vector<std::string> splitParagraphs(std::string_view text);

// Returns text in the loose form evidence is compared in: case folded (Unicode), curly quotes straightened,
// every dash kind (– — ‐ − ...) as '-' without spaces around it, any run of whitespace (no-break spaces
// included) as one space, trimmed.
std::string looseText(std::string_view text);

// True when needle, compared loosely, stands in haystack. An empty needle is never found.
bool containsLoosely(std::string_view haystack, std::string_view needle);

// A source document split into paragraphs.
struct SourceText {
    std::string name;                     // file name used in messages
    std::vector<std::string> paragraphs;  // [0] is paragraph 1
};

// Reads and splits a source document. Returns false with a message in error when the file cannot be read.
bool readSourceText(const std::string& path, SourceText& out, std::string& error);

// Returns one problem per question of bank whose evidence is not in its cited paragraph (an error), whose
// paragraph does not exist (an error), or which cites a paragraph without evidence (a warning). Problems stand
// at the evidence in the bank file, or at the question when the evidence has no position.
ProblemList checkEvidence(const Bank& bank, const SourceText& source);

}  // namespace retain
