// Pictures on questions: `image:` with its required `alt:`, the file checks lint reports at the image's
// line and column, and the compiled-bank cache refusing an entry once a picture changes.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/bank/bank_cache.hpp"
#include "core/bank/bank_loader.hpp"

using namespace retain;

namespace {

namespace fs = std::filesystem;

const fs::path kImages = fs::path(RETAIN_TEST_DATA) / "images";

// A bank file of one choice question in folder, carrying the given extra lines (image keys).
std::string bankWith(const std::string& imageLines) {
    return "bank:\n  id: pictures\n  title: Pictures\nquestions:\n"
           "  - id: q\n    type: choice\n    prompt: What colour?\n    explanation: Blue.\n" +
           imageLines + "    choices: [Blue, Red]\n    answer: Blue\n";
}

struct TempFolder {
    fs::path path;
    TempFolder() {
        path = fs::temp_directory_path() /
               ("retain-image-test-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directories(path / "pictures");
    }
    ~TempFolder() {
        std::error_code error;
        fs::remove_all(path, error);
    }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name, std::ios::binary | std::ios::trunc) << text;
        return (path / name).string();
    }
};

const Problem* findProblem(const BankLoadResult& result, const std::string& words) {
    for (const Problem& problem : result.problems) {
        if (problem.message.find(words) != std::string::npos) return &problem;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("images: a question's picture is read relative to the bank file, with its alt text") {
    TempFolder folder;
    fs::copy_file(kImages / "blue-8x6.png", folder.path / "pictures/blue.png");
    const std::string bank = folder.write("b.yaml", bankWith("    image: pictures/blue.png\n    alt: A blue rectangle.\n"));
    const BankLoadResult result = loadBank(bank);
    REQUIRE(result.ok);
    REQUIRE(result.bank.questions.size() == 1);
    const QuestionImage& image = result.bank.questions[0].image;
    CHECK(image.path == "pictures/blue.png");
    CHECK(image.resolved == (folder.path / "pictures/blue.png").string());
    CHECK(image.alt == "A blue rectangle.");
    CHECK(image.line == 9);
    CHECK(image.column == 12);
    CHECK(findProblem(result, "image") == nullptr);
    REQUIRE(result.imageStamps.size() == 1);
    CHECK(result.imageStamps[0].bytes == static_cast<long long>(fs::file_size(kImages / "blue-8x6.png")));
}

TEST_CASE("images: a JPEG is accepted too") {
    TempFolder folder;
    fs::copy_file(kImages / "red-10x10.jpg", folder.path / "pictures/red.jpg");
    const BankLoadResult result = loadBank(folder.write("b.yaml", bankWith("    image: pictures/red.jpg\n    alt: Red.\n")));
    REQUIRE(result.bank.questions.size() == 1);
    CHECK(findProblem(result, "image") == nullptr);
}

TEST_CASE("images: the keys are checked where they are written") {
    TempFolder folder;
    SUBCASE("no alt") {
        const BankLoadResult result = loadBank(folder.write("b.yaml", bankWith("    image: pictures/blue.png\n")));
        const Problem* problem = findProblem(result, "'image' needs 'alt'");
        REQUIRE(problem != nullptr);
        CHECK(problem->line == 9);
        CHECK(problem->column == 5);
        CHECK(result.bank.questions.empty());
    }
    SUBCASE("alt without image") {
        const BankLoadResult result = loadBank(folder.write("b.yaml", bankWith("    alt: nothing\n")));
        const Problem* problem = findProblem(result, "'alt' describes an 'image'");
        REQUIRE(problem != nullptr);
        CHECK(problem->line == 9);
    }
    SUBCASE("not a PNG or JPEG name") {
        const BankLoadResult result = loadBank(folder.write("b.yaml", bankWith("    image: pictures/blue.gif\n    alt: x\n")));
        const Problem* problem = findProblem(result, ".png, .jpg or .jpeg");
        REQUIRE(problem != nullptr);
        CHECK(problem->column == 12);
    }
    SUBCASE("an absolute path") {
        CHECK(findProblem(loadBank(folder.write("b.yaml", bankWith("    image: /tmp/blue.png\n    alt: x\n"))),
                          "relative to the bank file") != nullptr);
    }
}

TEST_CASE("images: a missing, undecodable, cut-short or oversized picture is an error at its line, the question kept") {
    TempFolder folder;
    fs::copy_file(kImages / "not-a-picture.png", folder.path / "pictures/text.png");
    fs::copy_file(kImages / "cut-short.png", folder.path / "pictures/cut.png");
    struct Case { std::string file; std::string words; };
    const Case cases[] = {{"pictures/gone.png", "not found"},
                          {"pictures/text.png", "not a PNG or JPEG"},
                          {"pictures/cut.png", "does not decode"}};
    for (const Case& c : cases) {
        CAPTURE(c.file);
        const BankLoadResult result = loadBank(folder.write("b.yaml", bankWith("    image: " + c.file + "\n    alt: x\n")));
        const Problem* problem = findProblem(result, c.words);
        REQUIRE(problem != nullptr);
        CHECK(problem->severity == Severity::Error);
        CHECK(problem->file == (folder.path / "b.yaml").string());
        CHECK(problem->line == 9);
        CHECK(problem->column == 12);
        CHECK(result.bank.questions.size() == 1);  // shown with its alt text in the window
    }
    // Over the file size limit: a file of kMaxImageFileBytes + 1 bytes (its content does not matter).
    folder.write("pictures/huge.png", std::string(static_cast<std::size_t>(kMaxImageFileBytes) + 1, 'x'));
    const BankLoadResult huge = loadBank(folder.write("b.yaml", bankWith("    image: pictures/huge.png\n    alt: x\n")));
    CHECK(findProblem(huge, "the limit is 4096 KiB") != nullptr);
}

TEST_CASE("images: the cache refuses an entry once a picture the bank names is added, changed or removed") {
    TempFolder folder;
    const std::string bank = folder.write("b.yaml", bankWith("    image: pictures/blue.png\n    alt: A blue rectangle.\n"));
    const BankCache cache((folder.path / "cache").string(), 42);
    const auto loadCached = [&] {
        BankSourceHash hash("file");
        std::ifstream in(bank, std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        hash.add(bank, text);
        return std::make_pair(hash.value(), cache.find(bank, hash.value()));
    };
    // Missing at first: the stored result carries the "not found" error.
    const BankLoadResult missing = loadBank(bank);
    REQUIRE(findProblem(missing, "not found") != nullptr);
    auto [hash, found] = loadCached();
    REQUIRE(cache.store(bank, hash, missing));
    REQUIRE(loadCached().second.has_value());
    // The picture appears: the entry is stale.
    fs::copy_file(kImages / "blue-8x6.png", folder.path / "pictures/blue.png");
    CHECK_FALSE(loadCached().second.has_value());
    const BankLoadResult present = loadBank(bank);
    CHECK(findProblem(present, "not found") == nullptr);
    REQUIRE(cache.store(bank, hash, present));
    REQUIRE(loadCached().second.has_value());
    // The picture is rewritten with other bytes: stale again.
    fs::copy_file(kImages / "big.png", folder.path / "pictures/blue.png", fs::copy_options::overwrite_existing);
    CHECK_FALSE(loadCached().second.has_value());
    // Removed: stale.
    REQUIRE(cache.store(bank, hash, loadBank(bank)));
    fs::remove(folder.path / "pictures/blue.png");
    CHECK_FALSE(loadCached().second.has_value());
}
