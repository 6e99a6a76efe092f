// The review of a drafted bank (see draft_review.hpp). Index:
// [SECTION] Opening
// [SECTION] Editing fields
// [SECTION] Accepting, rejecting, saving
#include "core/draft/draft_review.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "core/bank/bank_loader.hpp"
#include "core/calendar/calendar_date.hpp"
#include "core/draft/article_locator.hpp"
#include "core/draft/draft_file.hpp"
#include "core/interop/bank_writer.hpp"

namespace retain::draft {

namespace {

// True when the problems hold an error (warnings do not stop a save).
bool hasError(const ProblemList& problems) {
    for (const Problem& problem : problems) {
        if (problem.severity == Severity::Error) return true;
    }
    return false;
}

// Reads a whole number or decimal ("18000000000", "3.5"); false for anything else.
bool readNumber(const std::string& text, double& out) {
    if (text.empty()) return false;
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    while (end != nullptr && (*end == ' ' || *end == '\t')) ++end;
    return end != nullptr && *end == '\0' && std::isfinite(out);
}

std::string numberText(double value) {
    if (std::fabs(value) < 1e15 && value == std::floor(value)) return std::to_string(static_cast<long long>(value));
    std::string text = std::to_string(value);
    while (!text.empty() && text.back() == '0') text.pop_back();
    return text;
}

}  // namespace

// [SECTION] Opening

bool DraftReview::open(const std::string& bankPath, const std::string& articlePath, const std::vector<std::string>& articleSearch) {
    m_message.clear();
    m_problems.clear();
    SourceText source;
    std::string error;
    const auto readArticleText = [&](const std::string& path) {
        if (!readSourceText(path, source, error)) {
            m_message = error;
            return false;
        }
        source.name = std::filesystem::path(path).filename().string();
        return true;
    };
    if (!articlePath.empty() && !readArticleText(articlePath)) return false;
    BankLoadResult loaded = loadBank(bankPath);
    if (!loaded.ok) {
        m_message = loaded.problems.empty() ? bankPath + ": the bank does not load" : loaded.problems.front().format();
        return false;
    }
    std::string article = articlePath;
    if (article.empty()) {
        article = locateArticle(bankPath, loaded.bank.source.doc, loaded.bank.source.title, articleSearch);
        if (article.empty()) {
            m_message = bankPath + ": no article named \u201C" + loaded.bank.source.doc +
                        "\u201D (source.doc) found beside the bank or in a source folder above it; give the article's path";
            return false;
        }
        if (!readArticleText(article)) return false;
    }
    m_bank = std::move(loaded.bank);
    m_source = std::move(source);
    // "11\u00A0documents" shown as "11 documents", so the drafted evidence is found and highlighted.
    m_shown.clear();
    for (std::string text : m_source.paragraphs) {
        for (std::size_t at = text.find("\xC2\xA0"); at != std::string::npos; at = text.find("\xC2\xA0", at + 1)) text.replace(at, 2, " ");
        m_shown.push_back(std::move(text));
    }
    m_bankPath = bankPath;
    m_articlePath = article;
    m_header = draftHeaderComment(m_source.name);
    m_problems = checkEvidence(m_bank, m_source);
    m_open = true;
    return true;
}

const std::string& DraftReview::paragraph(int number) const {
    static const std::string none;
    if (number < 1 || static_cast<std::size_t>(number) > m_shown.size()) return none;
    return m_shown[static_cast<std::size_t>(number) - 1];
}

std::vector<std::size_t> DraftReview::pending() const {
    std::vector<std::size_t> indices;
    for (std::size_t i = 0; i < m_bank.questions.size(); ++i) {
        if (m_bank.questions[i].draft) indices.push_back(i);
    }
    return indices;
}

// [SECTION] Editing fields

QuestionEdit DraftReview::editOf(std::size_t index) const {
    QuestionEdit edit;
    if (index >= m_bank.questions.size()) return edit;
    const Question& question = m_bank.questions[index];
    edit.prompt = question.prompt;
    if (const auto* text = std::get_if<TextAnswer>(&question.answer)) {
        if (!text->accepted.empty()) edit.answer = text->accepted.front();
    } else if (const auto* numeric = std::get_if<NumericAnswer>(&question.answer)) {
        edit.answer = numberText(numeric->value);
    } else if (const auto* date = std::get_if<DateAnswer>(&question.answer)) {
        edit.answer = isoDate(truncateDate(date->from, date->precision));
    } else if (const auto* choice = std::get_if<ChoiceAnswer>(&question.answer)) {
        for (std::size_t i = 0; i < choice->choices.size(); ++i) {
            if (static_cast<int>(i) == choice->correct) edit.answer = choice->choices[i];
            else edit.distractors.push_back(choice->choices[i]);
        }
    } else if (const auto* cloze = std::get_if<ClozeAnswer>(&question.answer)) {
        if (!cloze->gaps.empty() && !cloze->gaps.front().accepted.empty()) edit.answer = cloze->gaps.front().accepted.front();
    }
    return edit;
}

bool DraftReview::applyEdit(std::size_t index, const QuestionEdit& edit) {
    if (!exists(index)) return false;
    Bank candidate = m_bank;
    Question& question = candidate.questions[index];
    question.prompt = edit.prompt;
    if (auto* text = std::get_if<TextAnswer>(&question.answer)) {
        if (text->accepted.empty()) text->accepted.push_back(edit.answer);
        else text->accepted.front() = edit.answer;
    } else if (auto* numeric = std::get_if<NumericAnswer>(&question.answer)) {
        if (!readNumber(edit.answer, numeric->value)) {
            m_message = "the answer must be a number, e.g. 18000000000 for 18 billion";
            return false;
        }
    } else if (auto* date = std::get_if<DateAnswer>(&question.answer)) {
        CalendarDate parsed;
        DatePrecision precision = DatePrecision::Day;
        if (!parseIsoDate(edit.answer, parsed, precision)) {
            m_message = "the answer must be a date written 2018, 2018-05 or 2018-05-26";
            return false;
        }
        date->from = parsed;
        date->to = parsed;
        date->precision = precision;
    } else if (auto* choice = std::get_if<ChoiceAnswer>(&question.answer)) {
        choice->choices.clear();
        choice->choices.push_back(edit.answer);
        for (const std::string& distractor : edit.distractors) {
            if (!distractor.empty()) choice->choices.push_back(distractor);
        }
        choice->correct = 0;  // shuffled when shown, so the right one may stand first in the file
        choice->shuffle = true;
    } else if (auto* cloze = std::get_if<ClozeAnswer>(&question.answer)) {
        if (!cloze->gaps.empty()) {
            if (cloze->gaps.front().accepted.empty()) cloze->gaps.front().accepted.push_back(edit.answer);
            else cloze->gaps.front().accepted.front() = edit.answer;
        }
    }
    return save(std::move(candidate));
}

// [SECTION] Accepting, rejecting, saving

bool DraftReview::accept(std::size_t index) {
    if (!exists(index)) return false;
    Bank candidate = m_bank;
    candidate.questions[index].draft = false;
    return save(std::move(candidate));
}

bool DraftReview::reject(std::size_t index) {
    if (!exists(index)) return false;
    Bank candidate = m_bank;
    candidate.questions.erase(candidate.questions.begin() + static_cast<std::ptrdiff_t>(index));
    return save(std::move(candidate));
}

bool DraftReview::exists(std::size_t index) {
    m_message.clear();
    if (index < m_bank.questions.size()) return true;
    m_message = "no question " + std::to_string(index + 1) + " in the bank";
    return false;
}

bool DraftReview::save(Bank candidate) {
    if (!m_open) {
        m_message = "no bank is open";
        return false;
    }
    // The loader adds the bank's default tags to every question; written back they would repeat, so the
    // writer leaves out those a question shares with the bank (bank_writer.hpp).
    const std::string yaml = writeBankYaml(candidate, m_header);
    const BankLoadResult check = loadBankFromString(yaml, m_bankPath);
    ProblemList problems = check.problems;
    if (check.ok) {
        const ProblemList evidence = checkEvidence(check.bank, m_source);
        problems.insert(problems.end(), evidence.begin(), evidence.end());
    }
    if (!check.ok || hasError(problems)) {
        m_message = problems.empty() ? "the edited bank does not load; nothing saved"
                                     : problems.front().format() + " (nothing saved)";
        return false;
    }
    if (!writeFileAtomically(m_bankPath, yaml, m_message)) return false;
    // Read what was written, as `retain lint --source` will, and keep that as the bank on screen.
    BankLoadResult written = loadBank(m_bankPath);
    if (!written.ok) {
        m_message = m_bankPath + ": the saved bank does not load back";
        m_problems = written.problems;
        return false;
    }
    m_bank = std::move(written.bank);
    m_problems = checkEvidence(m_bank, m_source);
    return true;
}

}  // namespace retain::draft
