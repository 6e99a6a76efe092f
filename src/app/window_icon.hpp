// The window's icon: the committed PNGs (assets/icons, or the installed hicolor theme) handed to GLFW.
#pragma once

#include <string>
#include <vector>

struct GLFWwindow;

namespace retain::app {

// Decodes the PNGs at paths (stb_image) and sets them as window's icon; returns how many were set
// (0 when none could be read: the window keeps the desktop's default icon).
int setWindowIcon(GLFWwindow* window, const std::vector<std::string>& paths);

}  // namespace retain::app
