// libFuzzer target for the interop readers: any bytes given to the GIFT reader, the CSV/TSV reader or the
// JSON reader must give a result, never a crash, a hang or a sanitizer report. What an import returns must
// hold together: located problems inside the text, unique ids, and a bank the loader reads back.
// The first byte picks the reader and the separator.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

#include "core/bank/bank_loader.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/csv_import.hpp"
#include "core/interop/gift_import.hpp"
#include "core/interop/json_reader.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

void checkImport(const retain::ImportResult& result, const std::string& text) {
    std::size_t lineCount = 1;
    for (char c : text) lineCount += c == '\n' ? 1 : 0;
    for (const retain::Problem& problem : result.problems) {
        require(problem.line >= 0 && static_cast<std::size_t>(problem.line) <= lineCount);
        require(!problem.message.empty());
    }
    require(result.ok == !result.bank.questions.empty());
    std::set<std::string> ids;
    for (const retain::Question& question : result.bank.questions) {
        require(!question.id.empty());
        require(ids.insert(question.id).second);
        (void)retain::expectedAnswerText(question);
    }
    if (!result.ok) return;
    // An import that produced questions must write a bank the loader accepts with all of them.
    const retain::BankLoadResult loaded = retain::loadBankFromString(retain::writeBankYaml(result.bank), "fuzz.yaml");
    require(loaded.ok);
    require(loaded.bank.questions.size() == result.bank.questions.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t mode = data[0];
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    const retain::ImportOptions options{"fuzz", "Fuzz"};
    switch (mode % 4) {
        case 0: checkImport(retain::importGift(text, "fuzz.gift", options), text); break;
        case 1: checkImport(retain::importDelimited(text, "fuzz.csv", options, retain::DelimitedImportOptions{",", retain::PromptSide::Definition}), text); break;
        case 2: checkImport(retain::importDelimited(text, "fuzz.tsv", options, retain::DelimitedImportOptions{"\t", retain::PromptSide::Term}), text); break;
        default: {
            retain::JsonValue value;
            std::string error;
            if (!retain::parseJson(text, value, error)) require(!error.empty());
        }
    }
    return 0;
}
