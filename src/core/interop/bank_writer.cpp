// Bank -> YAML through yaml-cpp's emitter.
//
// [SECTION] questions and header
#include "core/interop/bank_writer.hpp"

#include <algorithm>
#include <cstdio>

#include <yaml-cpp/yaml.h>

#include "core/interop/interop_text.hpp"
#include "core/interop/writer_pieces.hpp"

namespace retain {

namespace {

// [SECTION] questions and header -----------------------------------------------------------------

// One citation as "{paragraph: N, evidence: ...}".
void emitSourceRef(YAML::Emitter& out, const SourceRef& ref) {
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "paragraph" << YAML::Value << std::to_string(ref.paragraph);
    if (!ref.evidence.empty()) emitKeyText(out, "evidence", ref.evidence);
    out << YAML::EndMap;
}

void emitQuestion(YAML::Emitter& out, const Question& question, const std::vector<std::string>& bankTags) {
    out << YAML::BeginMap;
    emitKeyText(out, "id", question.id);
    out << YAML::Key << "type" << YAML::Value << questionTypeName(question.type());
    if (!question.prompt.empty()) emitKeyText(out, "prompt", question.prompt);
    if (!question.explanation.empty()) emitKeyText(out, "explanation", question.explanation);
    if (!question.hint.empty()) emitKeyText(out, "hint", question.hint);
    if (!question.image.empty()) {
        emitKeyText(out, "image", question.image.path);
        emitKeyText(out, "alt", question.image.alt);
    }
    if (!question.explanationImage.empty()) {
        emitKeyText(out, "explanation_image", question.explanationImage.path);
        emitKeyText(out, "explanation_alt", question.explanationImage.alt);
    }
    std::vector<std::string> ownTags;
    for (const std::string& tag : question.tags) {
        const bool inherited = std::find(bankTags.begin(), bankTags.end(), tag) != bankTags.end();
        const bool repeated = std::find(ownTags.begin(), ownTags.end(), tag) != ownTags.end();
        if (!inherited && !repeated) ownTags.push_back(tag);
    }
    if (!ownTags.empty()) {
        out << YAML::Key << "tags" << YAML::Value;
        emitTextList(out, ownTags);
    }
    if (question.source.paragraph > 0) {
        out << YAML::Key << "source" << YAML::Value;
        if (question.moreSources.empty()) {
            emitSourceRef(out, question.source);
        } else {
            out << YAML::Flow << YAML::BeginSeq;
            emitSourceRef(out, question.source);
            for (const SourceRef& ref : question.moreSources) emitSourceRef(out, ref);
            out << YAML::EndSeq;
        }
    }
    if (!question.sibling.empty()) emitKeyText(out, "sibling", question.sibling);
    if (question.draft) out << YAML::Key << "draft" << YAML::Value << true;
    std::visit([&](const auto& spec) { TypeOf<decltype(spec)>::writeYaml(out, spec); }, question.answer);
    out << YAML::EndMap;
}

void emitSource(YAML::Emitter& out, const SourceDocument& source) {
    const std::pair<const char*, const std::string*> fields[] = {{"doc", &source.doc},
                                                                 {"title", &source.title},
                                                                 {"author", &source.author},
                                                                 {"publisher", &source.publisher},
                                                                 {"date", &source.date}};
    bool any = false;
    for (const auto& field : fields) any = any || !field.second->empty();
    if (!any) return;
    out << YAML::Key << "source" << YAML::Value << YAML::BeginMap;
    for (const auto& [key, value] : fields) {
        if (!value->empty()) emitKeyText(out, key, *value);
    }
    out << YAML::EndMap;
}

}  // namespace

namespace {

// '#' comment lines for headerComment ("" when it is empty).
std::string commentLines(const std::string& headerComment) {
    std::string text;
    std::size_t start = 0;
    while (!headerComment.empty() && start <= headerComment.size()) {
        const std::size_t end = std::min(headerComment.find('\n', start), headerComment.size());
        text += "# " + headerComment.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return text;
}

// The YAML of questions [first, last) of bank, with the bank: header when withHeader.
std::string writeBankPart(const Bank& bank, const std::string& headerComment, bool withHeader, std::size_t first, std::size_t last) {
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    if (withHeader) {
        out << YAML::Key << "bank" << YAML::Value << YAML::BeginMap;
        emitKeyText(out, "id", bank.id);
        emitKeyText(out, "title", bank.title);
        if (!bank.description.empty()) emitKeyText(out, "description", bank.description);
        if (!bank.language.empty()) emitKeyText(out, "language", bank.language);
        emitSource(out, bank.source);
        if (!bank.tags.empty()) {
            out << YAML::Key << "tags" << YAML::Value;
            emitTextList(out, bank.tags);
        }
        out << YAML::EndMap;
    }
    out << YAML::Key << "questions" << YAML::Value << YAML::BeginSeq;
    for (std::size_t i = first; i < last; ++i) emitQuestion(out, bank.questions[i], bank.tags);
    out << YAML::EndSeq << YAML::EndMap;
    return commentLines(headerComment) + out.c_str() + "\n";
}

}  // namespace

std::string writeBankYaml(const Bank& bank, const std::string& headerComment) {
    return writeBankPart(bank, headerComment, true, 0, bank.questions.size());
}

std::vector<BankFileText> writeBankFiles(const Bank& bank, const std::string& headerComment, std::size_t maxFileBytes) {
    std::string whole = writeBankYaml(bank, headerComment);
    if (whole.size() <= maxFileBytes) return {BankFileText{"", std::move(whole)}};
    // Each question's share of the text, measured alone (a sequence item's YAML does not depend on its
    // neighbours), then files filled greedily; a file that still comes out too big is split again.
    const std::size_t overhead = writeBankPart(bank, headerComment, true, 0, 0).size();
    std::vector<std::size_t> sizes(bank.questions.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        sizes[i] = writeBankPart(bank, "", false, i, i + 1).size() - writeBankPart(bank, "", false, 0, 0).size();
    }
    std::vector<BankFileText> files;
    std::size_t first = 0;
    while (first < sizes.size()) {
        std::size_t last = first;
        std::size_t bytes = overhead;
        while (last < sizes.size() && (last == first || bytes + sizes[last] <= maxFileBytes)) bytes += sizes[last++];
        const bool header = files.empty();
        std::string text = writeBankPart(bank, headerComment, header, first, last);
        while (text.size() > maxFileBytes && last > first + 1) {
            last = first + (last - first) / 2;
            text = writeBankPart(bank, headerComment, header, first, last);
        }
        char name[32];
        std::snprintf(name, sizeof name, "part-%03zu.yaml", files.size() + 1);
        files.push_back(BankFileText{header ? std::string("bank.yaml") : std::string(name), std::move(text)});
        first = last;
    }
    return files;
}

}  // namespace retain
