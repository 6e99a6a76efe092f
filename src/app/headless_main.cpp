// `retain` built with RETAIN_BUILD_GUI=OFF: every verb, no window. Links retain_cli only (no ImGui, GLFW
// or OpenGL), for servers and teachers' scripts.
#include "cli/command_line.hpp"

int main(int argc, char** argv) {
    return retain::cli::runCommandLine(argc, argv, {});
}
