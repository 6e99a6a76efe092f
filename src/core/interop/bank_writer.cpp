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

std::string writeBankYaml(const Bank& bank, const std::string& headerComment) {
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
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
    out << YAML::Key << "questions" << YAML::Value << YAML::BeginSeq;
    for (const Question& question : bank.questions) emitQuestion(out, question, bank.tags);
    out << YAML::EndSeq << YAML::EndMap;

    std::string text;
    std::size_t start = 0;
    while (!headerComment.empty() && start <= headerComment.size()) {
        const std::size_t end = std::min(headerComment.find('\n', start), headerComment.size());
        text += "# " + headerComment.substr(start, end - start) + "\n";
        start = end + 1;
    }
    text += out.c_str();
    text += '\n';
    return text;
}

}  // namespace retain
