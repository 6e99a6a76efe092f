// One bank file: pre-scan, YAML parse, header, questions.
#include "core/bank/bank_file_reader.hpp"

#include <array>
#include <utility>

#include "core/bank/answer_reader.hpp"
#include "core/bank/suggest.hpp"
#include "core/bank/text_position.hpp"
#include "core/bank/yaml_fields.hpp"
#include "core/bank/yaml_prescan.hpp"
#include "core/text/message_text.hpp"

namespace retain {

namespace {

const std::vector<std::string_view> kRootKeys = {"bank", "questions"};
const std::vector<std::string_view> kHeaderKeys = {"id", "title", "description", "language", "source", "tags"};
const std::vector<std::string_view> kSourceDocumentKeys = {"doc", "title", "author", "publisher", "date"};

// yaml-cpp's terse parser messages, said the way a teacher can act on them.
std::string friendlyYamlMessage(const std::string& message) {
    static const std::array<std::pair<std::string_view, std::string_view>, 12> known = {{
        {"end of map not found", "a map is not closed, or a line is indented wrongly"},
        {"end of map flow not found", "a '{' is not closed with '}'"},
        {"end of sequence not found", "a list is not closed, or a line is indented wrongly"},
        {"end of sequence flow not found", "a '[' is not closed with ']'"},
        {"illegal map value", "a ': ' where YAML does not expect one; put text that contains ': ' in quotes"},
        {"illegal block entry", "a '- ' list item where YAML does not expect one; check the indentation"},
        {"illegal map key", "a key where YAML does not expect one; check the indentation"},
        {"illegal EOF in scalar", "a quoted text is not closed; add the closing quote"},
        {"illegal flow end", "a ']' or '}' without its opening bracket"},
        {"the referenced anchor is not defined", "an alias (*name) refers to no anchor (&name)"},
        {"unknown token", "unexpected text; check the quotes and the indentation"},
        {"illegal tab when looking for indentation", "a tab in the indentation; indent with spaces only"},
    }};
    for (const auto& [raw, friendly] : known) {
        if (message == raw) return "YAML syntax error: " + std::string(friendly);
    }
    return "YAML syntax error: " + message;
}

// Reads the `bank:` header into content.
void readHeader(const MapEntry& entry, ProblemSink& sink, BankFileContent& content) {
    content.hasHeader = true;
    content.headerLine = sink.at(entry.keyNode).line;
    if (!entry.value.IsMap()) {
        sink.error(entry.value.IsNull() ? entry.keyNode : entry.value,
                   "'bank' must be a map with the bank's id, title, ... , not " + describeNodeKind(entry.value));
        return;
    }
    const MapFields fields(entry.value, sink);
    fields.reportUnknownKeys(kHeaderKeys, "the bank header");
    Bank& bank = content.header;
    if (const MapEntry* id = fields.find("id")) {
        const auto text = readText(id->value, "id", sink);
        content.headerLine = sink.at(id->keyNode).line;
        if (text && isValidBankId(*text)) {
            bank.id = *text;
            content.headerUsable = true;
        } else if (text) {
            sink.error(id->value.IsNull() ? id->keyNode : id->value,
                       text->empty() ? std::string("the bank id is empty")
                                     : "bank id " + quoteValue(*text) + " may only use lowercase letters, digits and '-'");
        }
    } else {
        sink.error(entry.keyNode, "the bank header needs an 'id' (lowercase letters, digits and '-'), e.g. id: russia-japan-2018");
    }
    auto text = [&](std::string_view key, std::string& out) {
        if (const MapEntry* field = fields.find(key)) {
            if (auto value = readText(field->value, key, sink)) out = std::move(*value);
        }
    };
    text("title", bank.title);
    text("description", bank.description);
    text("language", bank.language);
    if (fields.find("title") == nullptr || bank.title.empty()) {
        sink.error(entry.keyNode, "the bank header needs a 'title' that learners see");
        bank.title = bank.id;
    }
    if (const MapEntry* source = fields.find("source")) {
        if (!source->value.IsMap()) {
            sink.error(source->value.IsNull() ? source->keyNode : source->value,
                       "the bank's 'source' must be a map such as {title: ..., author: ..., date: 2018-06-14}, not " +
                           describeNodeKind(source->value));
        } else {
            const MapFields doc(source->value, sink);
            doc.reportUnknownKeys(kSourceDocumentKeys, "the bank's 'source'");
            auto docText = [&](std::string_view key, std::string& out) {
                if (const MapEntry* field = doc.find(key)) {
                    if (auto value = readText(field->value, key, sink)) out = std::move(*value);
                }
            };
            docText("doc", bank.source.doc);
            docText("title", bank.source.title);
            docText("author", bank.source.author);
            docText("publisher", bank.source.publisher);
            docText("date", bank.source.date);
            CalendarDate date;
            DatePrecision precision = DatePrecision::Day;
            if (!bank.source.date.empty() && !parseIsoDate(bank.source.date, date, precision)) {
                sink.warning(doc.find("date")->value, "the source date '" + bank.source.date +
                                                          "' is not written 2018-06-14, 2018-06 or 2018");
            }
        }
    }
    if (const MapEntry* tags = fields.find("tags")) {
        if (auto list = readTextList(tags->value, "tags", true, sink)) {
            for (const std::string& tag : *list) {
                if (!isValidBankId(tag)) sink.warning(tags->value, "tag " + quoteValue(tag) + " should use only lowercase letters, digits and '-'");
            }
            bank.tags = std::move(*list);
        }
    }
}

// Reads the `questions:` list into content.
void readQuestions(const MapEntry& entry, ProblemSink& sink, IdRegistry& ids, BankFileContent& content) {
    if (entry.value.IsNull()) return;
    if (!entry.value.IsSequence()) {
        sink.error(entry.value, "'questions' must be a list, each item starting with '- id: ...', not " +
                                    describeNodeKind(entry.value));
        return;
    }
    content.questions.reserve(entry.value.size());
    for (const YAML::Node& node : entry.value) {
        if (auto question = readQuestion(node, sink, ids)) content.questions.push_back(std::move(*question));
    }
}

void readRoot(const YAML::Node& root, ProblemSink& sink, IdRegistry& ids, BankFileContent& content) {
    if (root.IsNull() || !root.IsDefined()) {
        sink.error(TextPosition{}, "the file is empty: a bank file holds 'bank:' and 'questions:'");
        return;
    }
    if (!root.IsMap()) {
        sink.error(root, "a bank file must start with 'bank:' and 'questions:', not " + describeNodeKind(root));
        return;
    }
    const MapFields fields(root, sink);
    fields.reportUnknownKeys(kRootKeys, "a bank file");
    if (const MapEntry* header = fields.find("bank")) readHeader(*header, sink, content);
    if (const MapEntry* questions = fields.find("questions")) readQuestions(*questions, sink, ids, content);
}

}  // namespace

BankFileContent readBankFile(const std::string& text, const std::string& fileName, IdRegistry& ids, ProblemList& problems) {
    BankFileContent content;
    const LineIndex lines(text);
    const PrescanResult scan = prescanYaml(text, fileName, lines, problems);
    if (!scan.ok) return content;
    ProblemSink sink(fileName, lines, problems);
    try {
        // Only the first document is parsed (see PrescanResult::secondDocument); a second one is a mistake.
        const YAML::Node root = YAML::Load(text);
        content.parsed = true;
        if (scan.secondDocument != std::string_view::npos) {
            sink.error(lines.positionOfOffset(scan.secondDocument),
                       "a bank file holds one YAML document; remove this '---' line or split the file");
        }
        readRoot(root, sink, ids, content);
    } catch (const YAML::Exception& error) {
        content = BankFileContent{};
        std::string message = friendlyYamlMessage(error.msg);
        const bool bracketNotClosed = error.msg == "end of map flow not found" || error.msg == "end of sequence flow not found";
        if (bracketNotClosed && scan.unclosedBracket != std::string_view::npos) {
            const TextPosition opened = lines.positionOfOffset(scan.unclosedBracket);
            message += " (it is opened on line " + std::to_string(opened.line) + ", column " + std::to_string(opened.column) + ")";
        }
        sink.error(sink.at(error.mark), std::move(message));
    } catch (const std::exception& error) {
        content = BankFileContent{};
        sink.error(TextPosition{}, std::string("could not read the file: ") + error.what());
    } catch (...) {
        content = BankFileContent{};
        sink.error(TextPosition{}, "could not read the file");
    }
    return content;
}

}  // namespace retain
