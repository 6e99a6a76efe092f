// Finding the article a bank cites from its source.doc or source.title: beside the bank, in a source
// folder above it (the repository's ../shared/source), or above the app's banks folder.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>

#include "core/draft/article_locator.hpp"
#include "../interop/interop_test_support.hpp"

using namespace retain;

namespace {

std::string put(const test::TempDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.file(name);
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    test::writeFile(path, text);
    return path;
}

std::string tempName() { return "retain-locate-" + std::to_string(std::random_device{}()); }

}  // namespace

TEST_CASE("article locator: the drafted bank's slug finds the article in shared/source above the repository") {
    const test::TempDir dir{tempName()};
    const std::string article = put(dir, "shared/source/asymmetry-of-russia-japan-relations.txt",
                                    "Asymmetry of Russia\u2013Japan Relations\nJune 14, 2018 Asia\n");
    put(dir, "shared/source/README.md", "# Source documents\n");
    const std::string bank = put(dir, "repo/questions/d.yaml", "bank: {id: d}\n");
    CHECK(draft::locateArticle(bank, "asymmetry-of-russia-japan-relations", "", {}) == article);
    // The hand-made bank's doc is no file name: its source.title, the article's first line, finds it.
    CHECK(draft::locateArticle(bank, "russia-japan-2018", "Asymmetry of Russia\u2013Japan Relations", {}) == article);
    CHECK(draft::locateArticle(bank, "russia-japan-2018", "", {}).empty());
}

TEST_CASE("article locator: a made-up article beside the bank, by slug or by a title behind blanks") {
    const test::TempDir dir{tempName()};
    const std::string article = put(dir, "banks/Harbour Deal (final).txt", "\n\xC2\xA0 Harbour Deal Signed in Lisbon \xC2\xA0\nMarch 3, 2021\n");
    put(dir, "banks/notes.txt", "Other notes\n");
    const std::string bank = put(dir, "banks/harbour.yaml", "bank: {id: harbour}\n");
    CHECK(draft::locateArticle(bank, "harbour-deal-final", "", {}) == article);
    CHECK(draft::locateArticle(bank, "harbour", "Harbour Deal Signed in Lisbon", {}) == article);
    CHECK(draft::locateArticle(bank, "", "", {}).empty());

    // A bank outside every source folder: the app's banks folder is searched from too.
    const test::TempDir elsewhere{tempName()};
    const std::string lone = put(elsewhere, "d.yaml", "bank: {id: d}\n");
    CHECK(draft::locateArticle(lone, "harbour-deal-final", "", {}).empty());
    CHECK(draft::locateArticle(lone, "harbour-deal-final", "", {dir.file("banks")}) == article);
    const std::vector<std::string> folders = draft::articleFolders(lone, {dir.file("banks")});
    CHECK(std::count(folders.begin(), folders.end(), std::filesystem::path(dir.file("banks")).lexically_normal().string()) == 1);
}
