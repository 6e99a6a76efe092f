// Reading one question's common keys: id, type, prompt, explanation, hint, tags, source, image, alt,
// explanation_image, explanation_alt, draft and sibling.
#include "core/bank/question_reader.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/bank/answer_reader.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/bank/question_image_reader.hpp"
#include "core/bank/suggest.hpp"
#include "core/text/message_text.hpp"

namespace retain {

namespace {

const std::vector<std::string_view> kCommonKeys = {"id", "type", "prompt", "explanation", "hint", "tags", "source", "image", "alt", "explanation_image", "explanation_alt", "draft", "sibling"};
const std::vector<std::string_view> kSourceKeys = {"paragraph", "evidence", "doc"};
// Returns the prompt a question of this type gets when none is written (nullptr: a prompt is required).
const char* defaultPromptOf(QuestionType type) {
    return std::visit([](const auto& spec) { return std::remove_cvref_t<decltype(spec)>::kDefaultPrompt; }, emptyAnswerOf(type));
}

bool idCharacters(std::string_view id, bool allowUnderscore) {
    if (id.empty() || id.size() > 100) return false;
    return std::all_of(id.begin(), id.end(), [&](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (allowUnderscore && c == '_');
    });
}

// Names teachers may reach for instead of the type names, mapped to the type they mean.
std::string typeSuggestion(const std::string& name) {
    static const std::array<std::pair<std::string_view, std::string_view>, 22> synonyms = {{
        {"mcq", "choice"},           {"multiple_choice", "choice"}, {"single_choice", "choice"},
        {"single", "choice"},        {"multiple_answer", "multi"},  {"multiple", "multi"},
        {"checkbox", "multi"},       {"checkboxes", "multi"},       {"bool", "true_false"},
        {"boolean", "true_false"},   {"yes_no", "true_false"},      {"tf", "true_false"},
        {"number", "numeric"},       {"numerical", "numeric"},      {"year", "date"},
        {"short_answer", "text"},    {"free_text", "text"},         {"order", "ordering"},
        {"sequence", "ordering"},    {"match", "matching"},         {"fill_in", "cloze"},
        {"gaps", "cloze"},
    }};
    std::string folded = name;
    for (char& c : folded) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == '-' || c == ' ') c = '_';
    }
    for (const auto& [synonym, type] : synonyms) {
        if (folded == synonym) return " (did you mean '" + std::string(type) + "'?)";
    }
    std::vector<std::string_view> names;
    for (std::size_t t = 0; t < kQuestionTypeCount; ++t) names.emplace_back(questionTypeName(static_cast<QuestionType>(t)));
    return didYouMean(name, names);
}

// Reads "tags": a list (or one tag); tags outside the documented set are warnings, so a teacher's own tags
// still load but typos of the documented ones show.
std::optional<std::vector<std::string>> readTags(const MapEntry& entry, ProblemSink& sink) {
    auto tags = readTextList(entry.value, "tags", true, sink);
    if (!tags) return std::nullopt;
    const std::vector<std::string_view>& documented = documentedQuestionTags();
    for (const std::string& tag : *tags) {
        if (std::find(documented.begin(), documented.end(), tag) != documented.end()) continue;
        sink.warning(entry.value, "tag " + quoteValue(tag) + " is not one of the documented tags (questions/README.md)" +
                                      didYouMean(tag, documented));
    }
    return tags;
}

// Reads "source: {paragraph: N, evidence: ..., doc: ...}".
std::optional<SourceRef> readSource(const MapEntry& entry, ProblemSink& sink) {
    if (!entry.value.IsMap()) {
        sink.error(entry.value.IsNull() ? entry.keyNode : entry.value,
                   "'source' must be a map such as {paragraph: 18, evidence: \"USD 18 billion\"} or a list of them, not " +
                       describeNodeKind(entry.value));
        return std::nullopt;
    }
    const MapFields fields(entry.value, sink);
    fields.reportUnknownKeys(kSourceKeys, "'source'");
    SourceRef source;
    bool ok = true;
    if (const MapEntry* paragraph = fields.find("paragraph")) {
        const auto number = readInteger(paragraph->value, "paragraph", 1, sink);
        ok = number.has_value();
        if (number) source.paragraph = *number;
    }
    if (const MapEntry* evidence = fields.find("evidence")) {
        const auto text = readText(evidence->value, "evidence", sink);
        ok = ok && text.has_value();
        if (text) source.evidence = *text;
        const TextPosition at = sink.at(evidence->value);
        source.line = at.line;
        source.column = at.column;
        if (text && !text->empty() && fields.find("paragraph") == nullptr) {
            sink.error(evidence->keyNode, "'evidence' needs a 'paragraph' to be found in");
            ok = false;
        }
    }
    if (const MapEntry* doc = fields.find("doc")) {
        ok = readText(doc->value, "doc", sink).has_value() && ok;
    }
    if (!ok) return std::nullopt;
    return source;
}

// Reads "source" as one citation map or a list of them (a question whose facts span paragraphs): the first
// goes to question.source, the others to question.moreSources.
void readSources(const MapEntry& entry, ProblemSink& sink, Question& question) {
    if (!entry.value.IsSequence()) {
        if (auto ref = readSource(entry, sink)) question.source = std::move(*ref);
        return;
    }
    if (entry.value.size() == 0) {
        sink.error(entry.value, "'source' is an empty list: give one or more {paragraph: N, evidence: \"...\"}");
        return;
    }
    std::vector<SourceRef> refs;
    for (const YAML::Node& item : entry.value) {
        const MapEntry one{entry.key, entry.keyNode, item};
        if (auto ref = readSource(one, sink)) refs.push_back(std::move(*ref));
    }
    if (refs.size() != entry.value.size()) return;
    question.source = refs.front();
    question.moreSources.assign(refs.begin() + 1, refs.end());
}

// Reads "id", registering it; false after reporting.
bool readId(const MapFields& fields, const YAML::Node& node, ProblemSink& sink, IdRegistry& ids, std::string& out) {
    const MapEntry* entry = fields.find("id");
    if (entry == nullptr) {
        sink.error(node, "the question needs an 'id' (lowercase letters, digits, '-' and '_'), e.g. id: trade-2017");
        return false;
    }
    const auto id = readText(entry->value, "id", sink);
    if (!id) return false;
    const TextPosition at = entry->value.IsNull() ? sink.at(entry->keyNode) : sink.at(entry->value);
    if (!isValidQuestionId(*id)) {
        sink.error(at, id->empty() ? std::string("'id' is empty")
                                   : "question id " + quoteValue(*id) + " may only use lowercase letters, digits, '-' and '_'");
        return false;
    }
    const auto [first, inserted] = ids.emplace(*id, IdSite{sink.file(), at.line});
    if (!inserted) {
        const IdSite& site = first->second;
        const std::string where = site.file == sink.file() ? "line " + std::to_string(site.line)
                                                           : site.file + ":" + std::to_string(site.line);
        sink.error(at, "duplicate question id " + quoteValue(*id) + " (first used at " + where + ")");
        return false;
    }
    out = *id;
    return true;
}

// Reads "type"; nullopt after reporting.
std::optional<QuestionType> readType(const MapFields& fields, const YAML::Node& node, ProblemSink& sink) {
    const MapEntry* entry = fields.find("type");
    if (entry == nullptr) {
        sink.error(node, "the question needs a 'type': choice, multi, true_false, numeric, date, text, ordering, matching or cloze");
        return std::nullopt;
    }
    const auto name = readText(entry->value, "type", sink);
    if (!name) return std::nullopt;
    QuestionType type = QuestionType::Choice;
    if (parseQuestionType(*name, type)) return type;
    sink.error(entry->value.IsNull() ? entry->keyNode : entry->value, "unknown question type " + quoteValue(*name) + typeSuggestion(*name));
    return std::nullopt;
}

// True when some key of fields is a likely misspelling of key.
bool misspelt(const MapFields& fields, std::string_view key) {
    return std::any_of(fields.entries().begin(), fields.entries().end(),
                       [&](const MapEntry& entry) { return entry.key != key && !closestMatch(entry.key, {key}).empty(); });
}

}  // namespace

bool isValidQuestionId(std::string_view id) { return idCharacters(id, true); }
bool isValidBankId(std::string_view id) { return idCharacters(id, false); }

std::optional<Question> readQuestion(const YAML::Node& node, ProblemSink& sink, IdRegistry& ids) {
    const int errorsBefore = sink.errorCount();
    Question question;
    question.file = sink.file();
    question.line = sink.at(node).line;
    if (!node.IsMap()) {
        sink.error(node, "each question must be a map with keys such as id, type and prompt, not " + describeNodeKind(node));
        return std::nullopt;
    }
    const MapFields fields(node, sink);
    readId(fields, node, sink, ids, question.id);
    const std::optional<QuestionType> type = readType(fields, node, sink);

    if (const MapEntry* prompt = fields.find("prompt")) {
        const auto text = readText(prompt->value, "prompt", sink);
        if (text && text->empty()) {
            sink.error(prompt->value.IsNull() ? prompt->keyNode : prompt->value, "the prompt is empty: write the question the learner sees");
        }
        if (text) question.prompt = *text;
    } else if (const char* fallback = type ? defaultPromptOf(*type) : nullptr) {
        question.prompt = fallback;
    } else {
        sink.error(node, "the question needs a 'prompt': the question the learner sees");
    }
    if (const MapEntry* explanation = fields.find("explanation")) {
        const auto text = readText(explanation->value, "explanation", sink);
        if (text && text->empty()) sink.warning(explanation->keyNode, "the explanation is empty");
        if (text) question.explanation = *text;
    } else if (!misspelt(fields, "explanation")) {  // a misspelt key is reported as unknown instead
        sink.warning(node, "no 'explanation': learners read it after answering, so write one");
    }
    if (const MapEntry* hint = fields.find("hint")) {
        if (const auto text = readText(hint->value, "hint", sink)) question.hint = *text;
    }
    if (const MapEntry* tags = fields.find("tags")) {
        if (auto list = readTags(*tags, sink)) question.tags = std::move(*list);
    }
    if (const MapEntry* source = fields.find("source")) readSources(*source, sink, question);
    readImageKeys(fields, sink, question.image);  // the file itself is checked by the loader (question_image.hpp)
    readImageKeys(fields, sink, question.explanationImage, "explanation_image", "explanation_alt");
    if (const MapEntry* draft = fields.find("draft")) {
        if (const auto flag = readBool(draft->value, "draft", sink)) question.draft = *flag;
    }
    if (const MapEntry* sibling = fields.find("sibling")) {
        const auto text = readText(sibling->value, "sibling", sink);
        if (text && text->empty()) sink.error(sibling->value, "'sibling' is empty: name the group of questions that answer each other");
        if (text) question.sibling = *text;
    }

    std::vector<std::string_view> allowed = kCommonKeys;
    if (type) {
        if (auto answer = readAnswer(*type, fields, node, sink)) question.answer = std::move(*answer);
        const auto& own = answerKeys(*type);
        allowed.insert(allowed.end(), own.begin(), own.end());
        fields.reportUnknownKeys(allowed, std::string("a ") + questionTypeName(*type) + " question", allAnswerKeys(),
                                 std::string("is not used by a ") + questionTypeName(*type) + " question");
    } else {
        // Without a known type every type's keys may be meant; report only keys no type uses.
        const auto& all = allAnswerKeys();
        allowed.insert(allowed.end(), all.begin(), all.end());
        fields.reportUnknownKeys(allowed, "a question");
    }
    if (sink.errorCount() > errorsBefore) return std::nullopt;
    return question;
}

}  // namespace retain
