// Window icon from PNG files: see window_icon.hpp.
#include "app/window_icon.hpp"

#include <memory>

#include <GLFW/glfw3.h>
#include <stb_image.h>

namespace retain::app {

int setWindowIcon(GLFWwindow* window, const std::vector<std::string>& paths) {
    // stb_image's buffers, freed when this returns (GLFW copies the pixels in glfwSetWindowIcon).
    std::vector<std::unique_ptr<unsigned char, void (*)(void*)>> pixels;
    std::vector<GLFWimage> images;
    for (const std::string& path : paths) {
        int width = 0, height = 0, channels = 0;
        unsigned char* data = stbi_load(path.c_str(), &width, &height, &channels, 4);  // RGBA, 8 bits each
        if (data == nullptr) continue;
        pixels.emplace_back(data, stbi_image_free);
        images.push_back(GLFWimage{width, height, data});
    }
    if (images.empty()) return 0;
    glfwSetWindowIcon(window, static_cast<int>(images.size()), images.data());
    return static_cast<int>(images.size());
}

}  // namespace retain::app
