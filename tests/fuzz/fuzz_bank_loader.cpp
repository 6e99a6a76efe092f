// libFuzzer target: any bytes given to the bank loader must give a result, never a crash, a hang or a
// sanitizer report; and what it returns must hold together (positions inside the text, usable banks named).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/bank/bank_loader.hpp"
#include "core/bank/question.hpp"

namespace {

// Stops the run (libFuzzer records the input) when the loader's output contradicts its contract.
void require(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const retain::BankLoadResult result = retain::loadBankFromString(text, "fuzz.yaml");

    std::size_t lineCount = 1;
    for (char c : text) lineCount += c == '\n' ? 1 : 0;
    for (const retain::Problem& problem : result.problems) {
        require(problem.file == "fuzz.yaml");
        require(problem.line >= 0 && static_cast<std::size_t>(problem.line) <= lineCount);
        require(problem.column >= 0 && static_cast<std::size_t>(problem.column) <= size + 1);
        require(!problem.message.empty());
        (void)problem.format();
    }
    if (result.ok) require(!result.bank.id.empty() && !result.bank.title.empty());
    for (const retain::Question& question : result.bank.questions) {
        require(!question.id.empty() && !question.prompt.empty());
        require(question.line >= 1 && static_cast<std::size_t>(question.line) <= lineCount);
        (void)retain::expectedAnswerText(question);
    }
    return 0;
}
