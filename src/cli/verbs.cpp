// The one list of command-line verbs. Each add*Verb lives in src/cli/verbs/<verb>.cpp and adds one
// CLI11 subcommand whose callback sets context.exitCode and context.verbRan.
#include "cli/cli.hpp"

namespace retain::cli {

void addLintVerb(CLI::App& root, VerbContext& context);
void addImportVerb(CLI::App& root, VerbContext& context);
void addExportVerb(CLI::App& root, VerbContext& context);
void addFsrsVerb(CLI::App& root, VerbContext& context);
void addStudyVerb(CLI::App& root, VerbContext& context);
void addStatsVerb(CLI::App& root, VerbContext& context);
void addGradeVerb(CLI::App& root, VerbContext& context);
void addExamVerb(CLI::App& root, VerbContext& context);
void addReportVerb(CLI::App& root, VerbContext& context);
void addLiveVerb(CLI::App& root, VerbContext& context);
void addDraftVerb(CLI::App& root, VerbContext& context);
void addClassVerb(CLI::App& root, VerbContext& context);

void registerVerbs(CLI::App& root, VerbContext& context) {
    // One line per verb, declared just above this function.
    addLintVerb(root, context);
    addImportVerb(root, context);
    addExportVerb(root, context);
    addFsrsVerb(root, context);
    addStudyVerb(root, context);
    addStatsVerb(root, context);
    addGradeVerb(root, context);
    addExamVerb(root, context);
    addReportVerb(root, context);
    addLiveVerb(root, context);
    addDraftVerb(root, context);
    addClassVerb(root, context);
    // Global options (--data, --banks) may also follow any verb: `retain export ... --data DIR`.
    for (CLI::App* verb : root.get_subcommands([](CLI::App*) { return true; })) verb->fallthrough();
}

}  // namespace retain::cli
