// Writes a generated library for scale measurements (bench/measure_gui.sh):
//   gen_library FOLDER COUNT [QUESTIONS_PER_FILE]
// FOLDER is emptied first; the banks are bench/generated_library.hpp's, never committed.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "generated_library.hpp"

int main(int argc, char** argv) {
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: gen_library FOLDER COUNT [QUESTIONS_PER_FILE]\n");
        return 2;
    }
    const int count = std::atoi(argv[2]);
    const int perFile = argc == 4 ? std::atoi(argv[3]) : retain::bench::kQuestionsPerFile;
    if (count <= 0 || perFile <= 0) {
        std::fprintf(stderr, "gen_library: COUNT and QUESTIONS_PER_FILE must be positive\n");
        return 2;
    }
    if (!retain::bench::writeGeneratedLibrary(argv[1], count, perFile)) {
        std::fprintf(stderr, "gen_library: cannot write %s\n", argv[1]);
        return 1;
    }
    std::printf("%d questions in %s\n", count, argv[1]);
    return 0;
}
