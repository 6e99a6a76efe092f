// Writing and reading one compiled-bank cache entry, in the byte layer of byte_codec.hpp; each question
// type encodes its own answer.
//
// [SECTION] questions, banks, problems
// [SECTION] entries
#include "core/bank/image_codec.hpp"
#include "core/bank/bank_cache_codec.hpp"

#include <bit>
#include <cstring>
#include <limits>
#include <utility>

#include "core/bank/byte_codec.hpp"

namespace retain {

namespace {

constexpr std::string_view kMagic = "RETAINBC";  // first 8 bytes of every entry

// [SECTION] questions, banks, problems -----------------------------------------------------------

// Writes the alternative held by answer (its index is written by the caller) with its type's encoding.
void writeAnswer(ByteWriter& out, const AnswerSpec& answer) {
    std::visit([&](const auto& spec) { TypeOf<decltype(spec)>::cache(out, spec); }, answer);
}

// Reads an answer of type with its type's encoding.
AnswerSpec readAnswer(ByteReader& in, QuestionType type) {
    AnswerSpec answer = emptyAnswerOf(type);
    std::visit([&](auto& spec) { TypeOf<decltype(spec)>::cache(in, spec); }, answer);
    return answer;
}

void writeSourceRef(ByteWriter& out, const SourceRef& ref) {
    out.i32(ref.paragraph);
    out.text(ref.evidence);
    out.i32(ref.line);
    out.i32(ref.column);
}

SourceRef readSourceRef(ByteReader& in) {
    SourceRef ref;
    ref.paragraph = in.i32();
    ref.evidence = in.text();
    ref.line = in.i32();
    ref.column = in.i32();
    return ref;
}

void writeQuestion(ByteWriter& out, const Question& question) {
    out.text(question.id);
    out.text(question.prompt);
    out.text(question.explanation);
    out.text(question.hint);
    out.texts(question.tags);
    writeSourceRef(out, question.source);
    out.count(question.moreSources.size());
    for (const SourceRef& ref : question.moreSources) writeSourceRef(out, ref);
    cacheImage(out, question.image);
    cacheImage(out, question.explanationImage);
    out.flag(question.draft);
    out.text(question.sibling);
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
    question.source = readSourceRef(in);
    question.moreSources.resize(in.count(16));
    for (SourceRef& ref : question.moreSources) ref = readSourceRef(in);
    question.image = cachedImage(in);
    question.explanationImage = cachedImage(in);
    question.draft = in.flag();
    question.sibling = in.text();
    question.file = in.text();
    question.line = in.i32();
    const auto type = in.enumeration<QuestionType>(static_cast<std::uint8_t>(kQuestionTypeCount));
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

constexpr std::size_t kMinQuestionBytes = 4 * 10 + 4 * 6 + 1;  // ten empty strings/lists, six ints, the type

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

void writeStamps(ByteWriter& out, const std::vector<FileStamp>& stamps) {
    out.count(stamps.size());
    for (const FileStamp& stamp : stamps) {
        out.text(stamp.path);
        out.u64(static_cast<std::uint64_t>(stamp.bytes));
        out.u64(static_cast<std::uint64_t>(stamp.modifiedNs));
    }
}

std::vector<FileStamp> readStamps(ByteReader& in) {
    std::vector<FileStamp> stamps(in.count(4 + 8 + 8));
    for (FileStamp& stamp : stamps) {
        stamp.path = in.text();
        stamp.bytes = static_cast<long long>(in.u64());
        stamp.modifiedNs = static_cast<long long>(in.u64());
    }
    return stamps;
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
    writeStamps(payload, result.imageStamps);
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
    result.imageStamps = readStamps(in);
    readBank(in, result.bank);
    if (!in.ok() || !in.atEnd()) return std::nullopt;
    return result;
}

}  // namespace retain
