// Quizlet-style CSV/TSV -> text questions.
#include "core/text/trim.hpp"
#include "core/interop/csv_import.hpp"

#include "core/text/control_chars.hpp"
#include "core/text/delimited_text.hpp"
#include "core/interop/interop_text.hpp"

namespace retain {

ImportResult importDelimited(std::string_view text, const std::string& fileName, const ImportOptions& options,
                             const DelimitedImportOptions& delimited) {
    ImportResult result;
    result.bank.id = options.bankId;
    result.bank.title = options.bankTitle;
    const std::vector<DelimitedRecord> records = parseDelimited(text, delimited.separator, fileName, result.problems);
    QuestionIdAllocator ids;
    for (const DelimitedRecord& record : records) {
        if (importNoteLimitReached(result, fileName, record.line)) break;
        std::string tooBig;
        for (std::size_t i = 0; i < record.fields.size() && tooBig.empty(); ++i) {
            tooBig = importFieldProblem(i == 0 ? "the term" : "the definition", record.fields[i].size());
        }
        if (!tooBig.empty()) {
            addImportProblem(result.problems, fileName, record.line, tooBig);
            continue;
        }
        if (record.fields.size() < 2) {
            addImportProblem(result.problems, fileName, record.line,
                             "no separator in this row; expected term, separator, definition");
            continue;
        }
        std::string definition = record.fields[1];
        for (std::size_t i = 2; i < record.fields.size(); ++i) definition += delimited.separator + record.fields[i];
        std::size_t termControls = 0, definitionControls = 0;
        const std::string term = trimmedCopy(stripControlCharacters(repairUtf8(record.fields[0]), LineBreaks::Allowed, &termControls));
        definition = trimmedCopy(stripControlCharacters(repairUtf8(definition), LineBreaks::Allowed, &definitionControls));
        if (termControls + definitionControls > 0) {
            addImportProblem(result.problems, fileName, record.line,
                             std::to_string(termControls + definitionControls) +
                                 " control character(s) (NUL, ESC, BEL, ...) removed from this row", Severity::Warning);
        }
        if (term.empty() || definition.empty()) {
            addImportProblem(result.problems, fileName, record.line,
                             term.empty() ? "the term is empty; row skipped" : "the definition is empty; row skipped");
            continue;
        }
        Question question;
        const bool definitionAsks = delimited.promptSide == PromptSide::Definition;
        question.prompt = definitionAsks ? definition : term;
        question.answer = TextAnswer{{definitionAsks ? term : definition}};
        question.id = ids.allocate({}, question.prompt);
        question.file = fileName;
        question.line = record.line;
        result.bank.questions.push_back(std::move(question));
    }
    finishImport(result, fileName);
    return result;
}

}  // namespace retain
