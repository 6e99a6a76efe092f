// libFuzzer target: paragraph splitting and the loose comparison of the evidence check take any bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/bank/source_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::vector<std::string> paragraphs = retain::splitParagraphs(text);
    for (const std::string& paragraph : paragraphs) {
        if (paragraph.empty()) std::abort();  // blank lines are never paragraphs
    }
    const std::string loose = retain::looseText(text);
    // Loose text is a fixed point: folding it again changes nothing, so both sides compare alike.
    if (retain::looseText(loose) != loose) std::abort();
    const std::string_view needle = text.substr(0, size / 3);
    (void)retain::containsLoosely(text, needle);
    return 0;
}
