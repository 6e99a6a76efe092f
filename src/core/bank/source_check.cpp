// [SECTION] paragraphs
// [SECTION] loose comparison
// [SECTION] evidence check
#include "core/bank/source_check.hpp"

#include <cstdlib>
#include <filesystem>
#include <iterator>

#include <utf8proc.h>

#include "core/files/regular_file.hpp"
#include "core/text/utf8.hpp"

namespace retain {

// The largest source article read for the evidence check, bytes (a long article is well under 1 MiB).
constexpr std::uintmax_t kMaxSourceFileBytes = 64u * 1024u * 1024u;

// [SECTION] paragraphs ---------------------------------------------------------------------------

namespace {

// Trims spaces, tabs, carriage returns and no-break spaces (UTF-8 C2 A0) at both ends.
std::string_view trimSourceLine(std::string_view line) {
    bool changed = true;
    while (changed && !line.empty()) {
        changed = false;
        if (line.front() == ' ' || line.front() == '\t' || line.front() == '\r') {
            line.remove_prefix(1);
            changed = true;
        } else if (line.substr(0, 2) == "\xC2\xA0") {
            line.remove_prefix(2);
            changed = true;
        }
    }
    changed = true;
    while (changed && !line.empty()) {
        changed = false;
        if (line.back() == ' ' || line.back() == '\t' || line.back() == '\r') {
            line.remove_suffix(1);
            changed = true;
        } else if (line.size() >= 2 && line.substr(line.size() - 2) == "\xC2\xA0") {
            line.remove_suffix(2);
            changed = true;
        }
    }
    return line;
}

}  // namespace

std::vector<std::string> splitParagraphs(std::string_view text) {
    std::vector<std::string> paragraphs;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = trimSourceLine(text.substr(start, end - start));
        if (!line.empty()) paragraphs.emplace_back(line);
        start = end + 1;
    }
    return paragraphs;
}

// [SECTION] loose comparison ---------------------------------------------------------------------

namespace {

enum class LooseKind { Keep, Space, Dash, Drop };

// How one code point is compared: as a space, as a dash, dropped, or kept (quotes are mapped in place).
LooseKind classify(utf8proc_int32_t& c) {
    switch (c) {
        case ' ': case '\t': case '\n': case '\r': case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
            return LooseKind::Space;
        case 0x200B: case 0x200C: case 0x200D: case 0x00AD: case 0xFEFF: return LooseKind::Drop;  // invisible
        case '-': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        case 0xFE58: case 0xFE63: case 0xFF0D:
            return LooseKind::Dash;
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x0060: case 0x00B4:
            c = '\'';
            return LooseKind::Keep;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
            c = '"';
            return LooseKind::Keep;
        default: break;
    }
    if (c >= 0x2000 && c <= 0x200A) return LooseKind::Space;
    return LooseKind::Keep;
}

// Unicode case folding (and NFC) of valid UTF-8; the text unchanged if utf8proc refuses it.
std::string caseFold(const std::string& text) {
    utf8proc_uint8_t* folded = nullptr;
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                     static_cast<utf8proc_ssize_t>(text.size()), &folded,
                                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
    if (length < 0 || folded == nullptr) {
        std::free(folded);
        return text;
    }
    std::string out(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
    std::free(folded);
    return out;
}

}  // namespace

std::string looseText(std::string_view text) {
    const std::string folded = caseFold(repairUtf8(text));
    std::string out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
    utf8proc_ssize_t pos = 0;
    const auto size = static_cast<utf8proc_ssize_t>(folded.size());
    while (pos < size) {
        utf8proc_int32_t c = 0;
        utf8proc_ssize_t step = utf8proc_iterate(bytes + pos, size - pos, &c);
        if (step <= 0) {  // cannot happen after validUtf8; step on rather than loop
            step = 1;
            c = 0xFFFD;
        }
        const LooseKind kind = classify(c);
        if (kind == LooseKind::Drop) {
            pos += step;
            continue;
        }
        if (kind == LooseKind::Space) {
            pendingSpace = true;
        } else if (kind == LooseKind::Dash) {
            out += '-';
            pendingSpace = false;  // spaces around a dash do not count: "25 – 26" reads as "25-26"
        } else {
            if (pendingSpace && !out.empty() && out.back() != '-') out += ' ';
            pendingSpace = false;
            utf8proc_uint8_t encoded[4];
            const auto length = utf8proc_encode_char(c, encoded);
            out.append(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(length));
        }
        pos += step;
    }
    return out;
}

bool containsLoosely(std::string_view haystack, std::string_view needle) {
    const std::string loose = looseText(needle);
    return !loose.empty() && looseText(haystack).find(loose) != std::string::npos;
}

// [SECTION] evidence check -----------------------------------------------------------------------

bool readSourceText(const std::string& path, SourceText& out, std::string& error) {
    std::string text;
    const FileReadResult read = readRegularFile(path, text, kMaxSourceFileBytes);
    if (read.error == FileReadError::TooBig) {
        error = "the source file " + path + " is " + std::to_string(read.size) + " bytes, more than the limit of " +
                std::to_string(kMaxSourceFileBytes / (1024 * 1024)) + " MiB";
        return false;
    }
    if (read.error != FileReadError::None) {
        error = "the source file " + path + ": " + read.message;
        return false;
    }
    out.name = std::filesystem::path(path).filename().string();
    out.paragraphs = splitParagraphs(text);
    return true;
}

namespace {

// The first words of a paragraph, to show which one was searched.
std::string opening(const std::string& paragraph) {
    constexpr std::size_t kLength = 60;  // bytes shown
    if (paragraph.size() <= kLength) return paragraph;
    std::size_t cut = kLength;
    while (cut > 0 && (static_cast<unsigned char>(paragraph[cut]) & 0xC0u) == 0x80u) --cut;  // whole code points
    return paragraph.substr(0, cut) + "...";
}

// Checks one citation of question, adding a problem when its evidence is not in its paragraph.
void checkCitation(const Question& question, const SourceRef& ref, const SourceText& source,
                   const std::vector<std::string>& looseParagraphs, ProblemList& problems) {
    const int count = static_cast<int>(source.paragraphs.size());
    if (ref.paragraph <= 0) return;
    const int line = ref.line > 0 ? ref.line : question.line;
    const int column = ref.line > 0 ? ref.column : 0;
    auto report = [&](Severity severity, std::string message) {
        problems.push_back({question.file, line, column, severity, std::move(message)});
    };
    if (ref.paragraph > count) {
        report(Severity::Error, "paragraph " + std::to_string(ref.paragraph) + " does not exist: " + source.name + " has " +
                                    std::to_string(count) + " paragraphs");
        return;
    }
    const std::string needle = looseText(ref.evidence);
    if (needle.empty()) {
        report(Severity::Warning, "question '" + question.id + "' cites paragraph " + std::to_string(ref.paragraph) +
                                      " without an evidence phrase to check");
        return;
    }
    const auto index = static_cast<std::size_t>(ref.paragraph - 1);
    if (looseParagraphs[index].find(needle) != std::string::npos) return;
    std::string message = "evidence \"" + ref.evidence + "\" is not in paragraph " + std::to_string(ref.paragraph) +
                          " of " + source.name;
    for (std::size_t other = 0; other < looseParagraphs.size(); ++other) {
        if (looseParagraphs[other].find(needle) != std::string::npos) {
            message += "; it stands in paragraph " + std::to_string(other + 1);
            break;
        }
    }
    message += " (paragraph " + std::to_string(ref.paragraph) + " begins \"" + opening(source.paragraphs[index]) + "\")";
    report(Severity::Error, std::move(message));
}

}  // namespace

ProblemList checkEvidence(const Bank& bank, const SourceText& source) {
    ProblemList problems;
    std::vector<std::string> looseParagraphs;
    looseParagraphs.reserve(source.paragraphs.size());
    for (const std::string& paragraph : source.paragraphs) looseParagraphs.push_back(looseText(paragraph));
    for (const Question& question : bank.questions) {
        checkCitation(question, question.source, source, looseParagraphs, problems);
        for (const SourceRef& ref : question.moreSources) checkCitation(question, ref, source, looseParagraphs, problems);
    }
    return problems;
}

}  // namespace retain
