// `retain grade --bank PATH --question ID --answer TEXT [--json] [--seconds S]`: grades one typed answer
// against one question, so a teacher can check a bank's leniency from the shell. Prints the verdict,
// score, feedback, expected answer, suggested rating and one line per part; --json prints one JSON object.
// Exit 0 when graded (whatever the verdict), 1 when the question is not in the bank, 2 on misuse (no such
// bank, or a bank that does not load).
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <memory>
#include <string>

#include "cli/cli.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/grading/grader.hpp"
#include "core/grading/normalize.hpp"
#include "core/interop/json_reader.hpp"

namespace retain::cli {

namespace {

struct GradeOptions {
    std::string bankPath;
    std::string questionId;
    std::string answer;
    bool json = false;
    double seconds = std::numeric_limits<double>::quiet_NaN();  // time taken, seconds; NaN = not given
};

// JSON string literal of text, invalid UTF-8 repaired first so the output is valid JSON.
std::string quote(const std::string& text) { return jsonQuote(repairUtf8(text)); }

// A score as JSON and for people: "1", "0.5", "0.333".
std::string gradeScoreText(double score) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g", score);
    return buffer;
}

void printJson(const Question& question, const GradeResult& result) {
    std::string out = "{\"question\":" + quote(question.id);
    out += ",\"type\":" + quote(questionTypeName(question.type()));
    out += ",\"verdict\":" + quote(verdictName(result.verdict));
    out += ",\"score\":" + gradeScoreText(result.score);
    out += std::string(",\"correct\":") + (result.correct ? "true" : "false");
    out += ",\"feedback\":" + quote(result.feedback);
    out += ",\"expected\":" + quote(result.expected);
    out += ",\"suggested\":" + quote(ratingName(result.suggested));
    out += ",\"parts\":[";
    for (std::size_t i = 0; i < result.parts.size(); ++i) {
        const PartFeedback& part = result.parts[i];
        if (i > 0) out += ',';
        out += "{\"given\":" + quote(part.given) + ",\"expected\":" + quote(part.expected);
        out += std::string(",\"correct\":") + (part.correct ? "true" : "false");
        out += ",\"note\":" + quote(part.note) + "}";
    }
    out += "]}";
    std::printf("%s\n", out.c_str());
}

void printText(const GradeResult& result) {
    std::printf("verdict:   %s\n", verdictName(result.verdict));
    std::printf("score:     %s\n", gradeScoreText(result.score).c_str());
    std::printf("feedback:  %s\n", repairUtf8(result.feedback).c_str());
    std::printf("expected:  %s\n", repairUtf8(result.expected).c_str());
    std::printf("suggested: %s\n", ratingName(result.suggested));
    if (result.parts.size() > 1) {
        for (std::size_t i = 0; i < result.parts.size(); ++i) {
            const PartFeedback& part = result.parts[i];
            std::string line = "part " + std::to_string(i + 1) + ": " + (part.correct ? "right" : "wrong") + "  given '" +
                               repairUtf8(part.given) + "', expected '" + repairUtf8(part.expected) + "'";
            if (!part.note.empty()) line += "  (" + repairUtf8(part.note) + ")";
            std::printf("%s\n", line.c_str());
        }
    }
}

ExitCode runGrade(const GradeOptions& options) {
    std::error_code error;
    if (!std::filesystem::exists(options.bankPath, error)) {
        std::fprintf(stderr, "retain grade: no such bank file or folder: %s\n", options.bankPath.c_str());
        return ExitCode::Misuse;
    }
    if (!std::isnan(options.seconds) && !(options.seconds >= 0.0 && std::isfinite(options.seconds))) {
        std::fprintf(stderr, "retain grade: --seconds must be a time of 0 seconds or more\n");
        return ExitCode::Misuse;
    }
    const BankLoadResult loaded = loadBank(options.bankPath);
    if (!loaded.ok) {
        for (const Problem& problem : loaded.problems) std::fprintf(stderr, "%s\n", problem.format().c_str());
        std::fprintf(stderr, "retain grade: the bank did not load: %s\n", options.bankPath.c_str());
        return ExitCode::Misuse;
    }
    const Question* question = loaded.bank.find(options.questionId);
    if (question == nullptr) {
        std::fprintf(stderr, "retain grade: no question '%s' in bank '%s'\n", options.questionId.c_str(), loaded.bank.id.c_str());
        return ExitCode::Problems;
    }
    const GradeResult result = gradeAnswer(*question, parseAnswerText(*question, options.answer), options.seconds);
    if (options.json) {
        printJson(*question, result);
    } else {
        printText(result);
    }
    std::fflush(stdout);
    return ExitCode::Ok;
}

}  // namespace

void addGradeVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<GradeOptions>();
    CLI::App* grade = root.add_subcommand("grade", "Grade one typed answer against one question of a bank");
    grade->add_option("--bank", options->bankPath, "Bank file or folder")->required();
    grade->add_option("--question", options->questionId, "Question id")->required();
    grade->add_option("--answer", options->answer, "The answer as a learner would type it")->required();
    grade->add_flag("--json", options->json, "Print one JSON object");
    grade->add_option("--seconds", options->seconds, "Seconds the learner took (for the suggested rating)");
    grade->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runGrade(*options);
    });
}

}  // namespace retain::cli
