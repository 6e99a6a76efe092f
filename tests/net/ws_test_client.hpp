// A WebSocket test client on civetweb's client API that collects the text messages it receives, for the
// net tests over 127.0.0.1. Every wait is bounded (5 s).
#pragma once

#include <chrono>
#include <civetweb.h>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace retain::net_test {

// A WebSocket client that collects the text messages it receives.
class Client {
public:
    explicit Client(int port) {
        char error[256] = "";
        m_connection = mg_connect_websocket_client("127.0.0.1", port, 0, error, sizeof error, "/ws", nullptr, onData, nullptr, this);
        INFO(error);
        REQUIRE(m_connection != nullptr);
    }
    ~Client() {
        if (m_connection) mg_close_connection(m_connection);
    }
    void send(const std::string& text) {
        mg_websocket_client_write(m_connection, MG_WEBSOCKET_OPCODE_TEXT, text.data(), text.size());
    }
    // Waits up to 5 s for a message of type; returns it, or null when none came.
    nlohmann::json waitFor(const std::string& type) {
        std::unique_lock lock(m_mutex);
        nlohmann::json found;
        m_ready.wait_for(lock, std::chrono::seconds(5), [&] {
            for (std::size_t i = m_read; i < m_messages.size(); ++i) {
                if (m_messages[i].value("type", "") != type) continue;
                found = m_messages[i];
                m_read = i + 1;
                return true;
            }
            return false;
        });
        return found;
    }

    // Waits up to 5 s until count messages of type have arrived; returns how many did.
    std::size_t waitForCount(const std::string& type, std::size_t count) {
        std::unique_lock lock(m_mutex);
        std::size_t seen = 0;
        m_ready.wait_for(lock, std::chrono::seconds(5), [&] {
            seen = 0;
            for (const nlohmann::json& message : m_messages) seen += message.value("type", "") == type ? 1 : 0;
            return seen >= count;
        });
        return seen;
    }

private:
    static int onData(mg_connection*, int bits, char* data, std::size_t length, void* self) {
        if ((bits & 0x0F) != MG_WEBSOCKET_OPCODE_TEXT) return 1;
        auto* client = static_cast<Client*>(self);
        {
            std::lock_guard lock(client->m_mutex);
            client->m_messages.push_back(nlohmann::json::parse(std::string(data, length), nullptr, false));
        }
        client->m_ready.notify_all();
        return 1;
    }

    mg_connection* m_connection = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::vector<nlohmann::json> m_messages;
    std::size_t m_read = 0;
};

}  // namespace retain::net_test
