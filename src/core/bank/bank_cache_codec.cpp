// Writing and reading one compiled-bank cache entry. Numbers are little-endian; a string is its byte
// length (u32) then its bytes; a list is its element count (u32) then the elements.
//
// [SECTION] writer
// [SECTION] reader
// [SECTION] answers
// [SECTION] questions, banks, problems
// [SECTION] entries
#include "core/bank/bank_cache_codec.hpp"

#include <bit>
#include <cstring>
#include <limits>
#include <utility>

namespace retain {

namespace {

constexpr std::string_view kMagic = "RETAINBC";  // first 8 bytes of every entry

// [SECTION] writer -------------------------------------------------------------------------------

class ByteWriter {
public:
    void u8(std::uint8_t value) { m_out.push_back(static_cast<char>(value)); }
    void u32(std::uint32_t value) { fixed(value, 4); }
    void u64(std::uint64_t value) { fixed(value, 8); }
    void i32(int value) { u32(static_cast<std::uint32_t>(value)); }
    void f64(double value) { u64(std::bit_cast<std::uint64_t>(value)); }
    void flag(bool value) { u8(value ? 1 : 0); }
    void count(std::size_t value) { u32(static_cast<std::uint32_t>(value)); }
    void text(std::string_view value) {
        count(value.size());
        m_out.append(value);
    }
    void texts(const std::vector<std::string>& values) {
        count(values.size());
        for (const std::string& value : values) text(value);
    }
    void raw(std::string_view bytes) { m_out.append(bytes); }
    std::string& bytes() { return m_out; }

private:
    void fixed(std::uint64_t value, int byteCount) {
        for (int i = 0; i < byteCount; ++i) m_out.push_back(static_cast<char>((value >> (8 * i)) & 0xffu));
    }
    std::string m_out;
};

// [SECTION] reader -------------------------------------------------------------------------------

// Reads values back; the first failure (too few bytes, a value out of range) sticks, and every later
// read then returns a default, so callers check ok() once at the end.
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : m_bytes(bytes) {}

    bool ok() const { return !m_failed; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    void fail() { m_failed = true; }

    std::uint8_t u8() { return static_cast<std::uint8_t>(fixed(1)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(fixed(4)); }
    std::uint64_t u64() { return fixed(8); }
    int i32() { return static_cast<int>(u32()); }
    double f64() { return std::bit_cast<double>(u64()); }
    bool flag() {
        const std::uint8_t value = u8();
        if (value > 1) fail();
        return value == 1;
    }
    // Reads an enum stored as u8, failing when it is not below limit.
    template <typename Enum>
    Enum enumeration(std::uint8_t limit) {
        const std::uint8_t value = u8();
        if (value >= limit) fail();
        return static_cast<Enum>(m_failed ? 0 : value);
    }
    // Reads an element count, failing when that many elements of at least minBytes each cannot fit.
    std::size_t count(std::size_t minBytes) {
        const std::size_t value = u32();
        if (m_failed || value > remaining() / minBytes) {
            fail();
            return 0;
        }
        return value;
    }
    std::string text() {
        const std::size_t size = u32();
        if (m_failed || size > remaining()) {
            fail();
            return {};
        }
        std::string value(m_bytes.substr(m_pos, size));
        m_pos += size;
        return value;
    }
    std::vector<std::string> texts() {
        std::vector<std::string> values(count(4));
        for (std::string& value : values) value = text();
        return values;
    }
    std::string_view rest() {
        const std::string_view value = m_bytes.substr(m_pos);
        m_pos = m_bytes.size();
        return value;
    }

private:
    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    std::uint64_t fixed(int byteCount) {
        if (m_failed || remaining() < static_cast<std::size_t>(byteCount)) {
            fail();
            return 0;
        }
        std::uint64_t value = 0;
        for (int i = 0; i < byteCount; ++i) {
            value |= static_cast<std::uint64_t>(static_cast<unsigned char>(m_bytes[m_pos + i])) << (8 * i);
        }
        m_pos += static_cast<std::size_t>(byteCount);
        return value;
    }

    std::string_view m_bytes;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

// [SECTION] answers ------------------------------------------------------------------------------

void writeDate(ByteWriter& out, const CalendarDate& date) {
    out.i32(date.year);
    out.i32(date.month);
    out.i32(date.day);
}

CalendarDate readDate(ByteReader& in) {
    CalendarDate date;
    date.year = in.i32();
    date.month = in.i32();
    date.day = in.i32();
    if (date.month < 0 || date.month > 12 || date.day < 0 || date.day > 31) in.fail();
    return date;
}

// Fails the reader unless every index points into a list of size entries, ascending (the loader's promise
// that graders and views rely on).
void checkIndices(ByteReader& in, const std::vector<int>& indices, std::size_t size) {
    for (std::size_t i = 0; i < indices.size(); ++i) {
        if (indices[i] < 0 || static_cast<std::size_t>(indices[i]) >= size || (i > 0 && indices[i] <= indices[i - 1])) in.fail();
    }
}

void writeIndices(ByteWriter& out, const std::vector<int>& values) {
    out.count(values.size());
    for (const int value : values) out.i32(value);
}

std::vector<int> readIndices(ByteReader& in) {
    std::vector<int> values(in.count(4));
    for (int& value : values) value = in.i32();
    return values;
}

// Writes the alternative held by answer; its index is written by the caller.
void writeAnswer(ByteWriter& out, const AnswerSpec& answer) {
    if (const auto* choice = std::get_if<ChoiceAnswer>(&answer)) {
        out.texts(choice->choices);
        out.i32(choice->correct);
        out.flag(choice->shuffle);
    } else if (const auto* multi = std::get_if<MultiAnswer>(&answer)) {
        out.texts(multi->choices);
        writeIndices(out, multi->correct);
        out.flag(multi->shuffle);
    } else if (const auto* trueFalse = std::get_if<TrueFalseAnswer>(&answer)) {
        out.flag(trueFalse->value);
    } else if (const auto* numeric = std::get_if<NumericAnswer>(&answer)) {
        out.f64(numeric->value);
        out.text(numeric->unit);
        out.texts(numeric->unitAliases);
        out.f64(numeric->absoluteTolerance);
        out.f64(numeric->relativeTolerance);
    } else if (const auto* date = std::get_if<DateAnswer>(&answer)) {
        writeDate(out, date->from);
        writeDate(out, date->to);
        out.u8(static_cast<std::uint8_t>(date->precision));
    } else if (const auto* text = std::get_if<TextAnswer>(&answer)) {
        out.texts(text->accepted);
        out.flag(text->typos);
        out.flag(text->caseSensitive);
    } else if (const auto* ordering = std::get_if<OrderingAnswer>(&answer)) {
        out.texts(ordering->items);
    } else if (const auto* matching = std::get_if<MatchingAnswer>(&answer)) {
        out.count(matching->pairs.size());
        for (const auto& [left, right] : matching->pairs) {
            out.text(left);
            out.text(right);
        }
    } else if (const auto* cloze = std::get_if<ClozeAnswer>(&answer)) {
        out.text(cloze->text);
        out.count(cloze->gaps.size());
        for (const ClozeGap& gap : cloze->gaps) out.texts(gap.accepted);
    }
}

AnswerSpec readAnswer(ByteReader& in, QuestionType type) {
    switch (type) {
        case QuestionType::Choice: {
            ChoiceAnswer answer;
            answer.choices = in.texts();
            answer.correct = in.i32();
            answer.shuffle = in.flag();
            checkIndices(in, {answer.correct}, answer.choices.size());
            return answer;
        }
        case QuestionType::Multi: {
            MultiAnswer answer;
            answer.choices = in.texts();
            answer.correct = readIndices(in);
            answer.shuffle = in.flag();
            checkIndices(in, answer.correct, answer.choices.size());
            return answer;
        }
        case QuestionType::TrueFalse: return TrueFalseAnswer{in.flag()};
        case QuestionType::Numeric: {
            NumericAnswer answer;
            answer.value = in.f64();
            answer.unit = in.text();
            answer.unitAliases = in.texts();
            answer.absoluteTolerance = in.f64();
            answer.relativeTolerance = in.f64();
            return answer;
        }
        case QuestionType::Date: {
            DateAnswer answer;
            answer.from = readDate(in);
            answer.to = readDate(in);
            answer.precision = in.enumeration<DatePrecision>(3);
            return answer;
        }
        case QuestionType::Text: {
            TextAnswer answer;
            answer.accepted = in.texts();
            answer.typos = in.flag();
            answer.caseSensitive = in.flag();
            return answer;
        }
        case QuestionType::Ordering: return OrderingAnswer{in.texts()};
        case QuestionType::Matching: {
            MatchingAnswer answer;
            answer.pairs.resize(in.count(8));
            for (auto& [left, right] : answer.pairs) {
                left = in.text();
                right = in.text();
            }
            return answer;
        }
        case QuestionType::Cloze: {
            ClozeAnswer answer;
            answer.text = in.text();
            answer.gaps.resize(in.count(4));
            for (ClozeGap& gap : answer.gaps) gap.accepted = in.texts();
            return answer;
        }
    }
    in.fail();
    return {};
}

// [SECTION] questions, banks, problems -----------------------------------------------------------

constexpr std::uint8_t kQuestionTypeCount = std::variant_size_v<AnswerSpec>;

void writeQuestion(ByteWriter& out, const Question& question) {
    out.text(question.id);
    out.text(question.prompt);
    out.text(question.explanation);
    out.text(question.hint);
    out.texts(question.tags);
    out.i32(question.source.paragraph);
    out.text(question.source.evidence);
    out.i32(question.source.line);
    out.i32(question.source.column);
    out.text(question.file);
    out.i32(question.line);
    out.u8(static_cast<std::uint8_t>(question.answer.index()));
    writeAnswer(out, question.answer);
}

Question readQuestion(ByteReader& in) {
    Question question;
    question.id = in.text();
    question.prompt = in.text();
    question.explanation = in.text();
    question.hint = in.text();
    question.tags = in.texts();
    question.source.paragraph = in.i32();
    question.source.evidence = in.text();
    question.source.line = in.i32();
    question.source.column = in.i32();
    question.file = in.text();
    question.line = in.i32();
    const auto type = in.enumeration<QuestionType>(kQuestionTypeCount);
    if (in.ok()) question.answer = readAnswer(in, type);
    return question;
}

void writeBank(ByteWriter& out, const Bank& bank) {
    out.text(bank.id);
    out.text(bank.title);
    out.text(bank.description);
    out.text(bank.language);
    out.text(bank.source.doc);
    out.text(bank.source.title);
    out.text(bank.source.author);
    out.text(bank.source.publisher);
    out.text(bank.source.date);
    out.texts(bank.tags);
    out.text(bank.path);
    out.count(bank.questions.size());
    for (const Question& question : bank.questions) writeQuestion(out, question);
}

constexpr std::size_t kMinQuestionBytes = 4 * 7 + 4 * 4 + 1;  // seven empty strings/lists, four ints, the type

void readBank(ByteReader& in, Bank& bank) {
    bank.id = in.text();
    bank.title = in.text();
    bank.description = in.text();
    bank.language = in.text();
    bank.source.doc = in.text();
    bank.source.title = in.text();
    bank.source.author = in.text();
    bank.source.publisher = in.text();
    bank.source.date = in.text();
    bank.tags = in.texts();
    bank.path = in.text();
    const std::size_t questionCount = in.count(kMinQuestionBytes);
    bank.questions.reserve(questionCount);
    for (std::size_t i = 0; i < questionCount && in.ok(); ++i) bank.questions.push_back(readQuestion(in));
}

void writeProblems(ByteWriter& out, const ProblemList& problems) {
    out.count(problems.size());
    for (const Problem& problem : problems) {
        out.text(problem.file);
        out.i32(problem.line);
        out.i32(problem.column);
        out.u8(static_cast<std::uint8_t>(problem.severity));
        out.text(problem.message);
    }
}

ProblemList readProblems(ByteReader& in) {
    ProblemList problems(in.count(4 + 4 + 4 + 1 + 4));
    for (Problem& problem : problems) {
        problem.file = in.text();
        problem.line = in.i32();
        problem.column = in.i32();
        problem.severity = in.enumeration<Severity>(2);
        problem.message = in.text();
    }
    return problems;
}

}  // namespace

// [SECTION] entries ------------------------------------------------------------------------------

std::string encodeBankCacheEntry(const BankLoadResult& result, const BankCacheKey& key) {
    ByteWriter payload;
    payload.flag(result.ok);
    payload.text(result.headerFile);
    payload.i32(result.headerLine);
    writeProblems(payload, result.problems);
    writeBank(payload, result.bank);

    ByteWriter entry;
    entry.raw(kMagic);
    entry.u32(kBankCacheFormatVersion);
    entry.u64(key.loaderStamp);
    entry.u64(key.sourceHash);
    entry.text(key.sourcePath);
    entry.u64(payload.bytes().size());
    entry.u64(fnv1a64(payload.bytes()));
    entry.raw(payload.bytes());
    return std::move(entry.bytes());
}

std::optional<std::string> bankCacheEntrySourcePath(std::string_view bytes) {
    if (bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
    ByteReader header(bytes.substr(kMagic.size()));
    header.u32();  // format version
    header.u64();  // loader stamp
    header.u64();  // source hash
    std::string path = header.text();
    if (!header.ok()) return std::nullopt;
    return path;
}

std::optional<BankLoadResult> decodeBankCacheEntry(std::string_view bytes, const BankCacheKey& key) {
    if (bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
    ByteReader header(bytes.substr(kMagic.size()));
    if (header.u32() != kBankCacheFormatVersion || header.u64() != key.loaderStamp || header.u64() != key.sourceHash ||
        header.text() != key.sourcePath) {
        return std::nullopt;
    }
    const std::uint64_t payloadSize = header.u64();
    const std::uint64_t payloadHash = header.u64();
    const std::string_view payloadBytes = header.rest();
    if (!header.ok() || payloadSize != payloadBytes.size() || payloadHash != fnv1a64(payloadBytes)) return std::nullopt;

    ByteReader in(payloadBytes);
    BankLoadResult result;
    result.ok = in.flag();
    result.headerFile = in.text();
    result.headerLine = in.i32();
    result.problems = readProblems(in);
    readBank(in, result.bank);
    if (!in.ok() || !in.atEnd()) return std::nullopt;
    return result;
}

}  // namespace retain
