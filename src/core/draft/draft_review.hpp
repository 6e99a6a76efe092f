// The review of a drafted bank (issue 21, item 5): the Draft review screen's one service. It holds the bank
// file and the article it cites; accepting a question removes its draft mark, rejecting drops it, editing
// changes its prompt, answer or distractors. Every change is saved at once: the bank is written as YAML,
// loaded back and its evidence checked against the article before the file is replaced (atomically), then
// the written file is read and checked again, so `retain lint --source` stays clean after every save.
// A change that would not check is refused and the file is left as it was. Views never write files.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/bank/problem.hpp"
#include "core/bank/question.hpp"
#include "core/bank/source_check.hpp"

namespace retain::draft {

// What a teacher may change in a drafted question. answer: text: the shown answer; numeric: the number
// in the question's unit (18000000000 for USD 18 billion); date: ISO "2018", "2018-05" or "2018-05-26";
// choice: the right choice; cloze: the first gap's answer; ordering: not editable (left empty).
// distractors: choice only, the wrong choices in order.
struct QuestionEdit {
    std::string prompt;
    std::string answer;
    std::vector<std::string> distractors;
};

class DraftReview {
public:
    // Opens the bank file at bankPath and the article at articlePath; an empty articlePath finds the article
    // the bank's source.doc (or source.title) names, beside the bank or in a source folder above it or above
    // a folder of articleSearch (core/draft/article_locator.hpp). Returns false with message() set when
    // the bank does not load or the article cannot be found or read.
    bool open(const std::string& bankPath, const std::string& articlePath, const std::vector<std::string>& articleSearch = {});

    // True once a bank is open.
    bool isOpen() const { return m_open; }
    // The bank as last saved (questions in file order).
    const Bank& bank() const { return m_bank; }
    const std::string& bankPath() const { return m_bankPath; }
    const std::string& articlePath() const { return m_articlePath; }
    // Returns paragraph number (1-based) of the article, no-break spaces written as spaces (as drafted
    // evidence is, and as lint compares it), or an empty text when there is none.
    const std::string& paragraph(int number) const;
    // Returns the indices into bank().questions of the questions still marked draft, in file order.
    std::vector<std::size_t> pending() const;

    // Accepts the question at index: its draft mark is removed and the bank saved. False (message() says
    // why, nothing written) when index is out of range or the save is refused.
    bool accept(std::size_t index);
    // Rejects the question at index: it is dropped from the bank and the bank saved.
    bool reject(std::size_t index);
    // Returns the editable fields of the question at index as they stand (empty fields out of range).
    QuestionEdit editOf(std::size_t index) const;
    // Applies edit to the question at index (its draft mark stays) and saves. False when the answer cannot
    // be read for the question's type, or the edited bank would not load or check.
    bool applyEdit(std::size_t index, const QuestionEdit& edit);

    // Why the last call failed; empty after a success.
    const std::string& message() const { return m_message; }
    // The problems the source check found in the file after the last save (empty when lint --source is clean).
    const ProblemList& problems() const { return m_problems; }

private:
    // True when index names a question; else false with message() set. Clears message() either way.
    bool exists(std::size_t index);
    bool save(Bank candidate);

    bool m_open = false;
    std::string m_bankPath;
    std::string m_articlePath;
    std::string m_header;  // the comment written at the top of the bank file
    Bank m_bank;
    SourceText m_source;
    std::vector<std::string> m_shown;  // m_source's paragraphs with no-break spaces as spaces, for paragraph()
    std::string m_message;
    ProblemList m_problems;
};

}  // namespace retain::draft
