// A FIFO (or another non-regular file) named *.yaml must not hang the loader (issue 19, case 2): only
// regular files are read; the others are reported with their path and what they are.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/files/regular_file.hpp"
#include "core/interop/importer.hpp"
#include "../storage/storage_test_support.hpp"

using namespace retain;
using retain::storage_test::TempDir;

namespace {

// While alive, keeps opening fifo for writing after a grace period, so that a reader blocked in open()
// on it is released (it then reads end of file) and a failing test ends instead of hanging. released()
// says whether a blocked reader was found.
class FifoUnblocker {
public:
    explicit FifoUnblocker(std::string fifo) : m_fifo(std::move(fifo)), m_thread([this] { run(); }) {}
    ~FifoUnblocker() {
        m_stop = true;
        m_thread.join();
    }
    bool released() const { return m_released; }

private:
    void run() {
        const auto start = std::chrono::steady_clock::now();
        while (!m_stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (std::chrono::steady_clock::now() - start < std::chrono::seconds(2)) continue;
            // Succeeds only while some process has the FIFO open for reading (ENXIO otherwise).
            const int fd = ::open(m_fifo.c_str(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) {
                m_released = true;
                ::close(fd);
            }
        }
    }
    std::string m_fifo;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_released{false};
    std::thread m_thread;
};

void writeGoodBank(const std::string& path, const std::string& id) {
    std::ofstream(path) << "bank:\n  id: " << id << "\n  title: Good\nquestions:\n"
                        << "  - id: q1\n    type: true_false\n    prompt: The sky is blue.\n    answer: true\n";
}

bool hasProblem(const ProblemList& problems, const std::string& file, const std::string& text) {
    for (const Problem& problem : problems) {
        if (problem.file == file && problem.message.find(text) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("bank files: a FIFO named *.yaml in a library is reported, not read, and the other banks load") {
    TempDir dir;
    writeGoodBank(dir.file("a-good.yaml"), "good");
    const std::string fifo = dir.file("b-pipe.yaml");
    REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
    FifoUnblocker unblocker(fifo);
    const Library library = loadLibrary(dir.path());
    INFO(retain::test::describe(library.problems));
    REQUIRE(library.banks.size() == 1);
    CHECK(library.banks[0].id == "good");
    CHECK(hasProblem(library.problems, fifo, "is a FIFO (named pipe), not a regular file"));
}

TEST_CASE("bank files: a FIFO inside a bank folder is reported with its path; the folder's other files load") {
    TempDir dir;
    const std::string folder = dir.file("folder-bank");
    std::filesystem::create_directories(folder);
    writeGoodBank(folder + "/bank.yaml", "folder-bank");
    const std::string fifo = folder + "/more.yaml";
    REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
    FifoUnblocker unblocker(fifo);
    const Library library = loadLibrary(dir.path());
    INFO(retain::test::describe(library.problems));
    REQUIRE(library.banks.size() == 1);
    CHECK(library.banks[0].questions.size() == 1);
    CHECK(hasProblem(library.problems, fifo, "is a FIFO (named pipe)"));
}

TEST_CASE("bank files: a FIFO given as a path, and a FIFO given to import, are refused at once") {
    TempDir dir;
    const std::string fifo = dir.file("pipe.yaml");
    REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
    FifoUnblocker unblocker(fifo);
    const Library library = loadPaths({fifo});
    CHECK(library.banks.empty());
    CHECK(hasProblem(library.problems, fifo, "is a FIFO (named pipe)"));

    const std::string csv = dir.file("pipe.csv");
    REQUIRE(mkfifo(csv.c_str(), 0644) == 0);
    FifoUnblocker csvUnblocker(csv);
    FileImportOptions options;
    options.format = ImportFormat::Csv;
    const ImportResult imported = importFile(csv, options);
    bool reported = false;
    for (const auto& problem : imported.problems) reported = reported || problem.message.find("FIFO") != std::string::npos;
    CHECK(reported);
    CHECK_FALSE(csvUnblocker.released());

    const std::string apkg = dir.file("pipe.apkg");
    REQUIRE(mkfifo(apkg.c_str(), 0644) == 0);
    FifoUnblocker apkgUnblocker(apkg);
    options.format = ImportFormat::Apkg;
    const ImportResult anki = importFile(apkg, options);
    reported = false;
    for (const auto& problem : anki.problems) reported = reported || problem.message.find("FIFO") != std::string::npos;
    CHECK(reported);
}

TEST_CASE("readRegularFile: reads a regular file whole and refuses one over the limit without reading it") {
    TempDir dir;
    std::ofstream(dir.file("f.txt")) << "hello";
    std::string text = "old";
    CHECK(readRegularFile(dir.file("f.txt"), text, 100).error == FileReadError::None);
    CHECK(text == "hello");
    const FileReadResult big = readRegularFile(dir.file("f.txt"), text, 4);
    CHECK(big.error == FileReadError::TooBig);
    CHECK(big.size == 5);
    CHECK(readRegularFile(dir.file("missing"), text, 100).error == FileReadError::Missing);
    CHECK(readRegularFile(dir.path(), text, 100).error == FileReadError::NotRegular);
}
