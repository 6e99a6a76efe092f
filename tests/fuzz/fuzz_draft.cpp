// libFuzzer target: drafting takes any bytes. It either refuses with a message or returns a bank whose
// every question is marked draft and cites a paragraph that exists, with evidence standing in it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/bank/source_check.hpp"
#include "core/draft/drafter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const retain::draft::DraftReport report = retain::draft::draftBank(text, {"fuzz", "", 0});
    if (!report.ok) {
        if (report.message.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    if (report.bank.questions.empty()) std::abort();
    const retain::SourceText source{"fuzz.txt", retain::splitParagraphs(text)};
    for (const retain::Question& question : report.bank.questions) {
        if (!question.draft || question.source.paragraph <= 0) std::abort();
    }
    if (!retain::checkEvidence(report.bank, source).empty()) std::abort();
    return 0;
}
