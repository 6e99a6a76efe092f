// A blocking HTTP/1.0 GET over 127.0.0.1 for the net tests (civetweb's client API), and the options of a
// server on a free port of 127.0.0.1.
#pragma once

#include <civetweb.h>

#include <string>

#include "net/live_server.hpp"

namespace retain::net_test {

// Returns options for a server on a free port of 127.0.0.1 serving webRoot with threads civetweb threads.
inline net::LiveServerOptions loopbackOptions(const std::string& webRoot, int threads) {
    net::LiveServerOptions options;
    options.bindAddress = "127.0.0.1";
    options.port = 0;
    options.webRoot = webRoot;
    options.threads = threads;
    return options;
}

struct HttpReply {
    int status = -1;          // -1: no connection
    std::string body;
    std::string contentType;  // the Content-Type header, "" when none
};

// Returns the reply to GET path from 127.0.0.1:port.
inline HttpReply httpGet(int port, const std::string& path) {
    HttpReply reply;
    char error[256] = "";
    const std::string request = "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
    mg_connection* connection = mg_download("127.0.0.1", port, 0, error, sizeof error, "%s", request.c_str());
    if (connection == nullptr) return reply;
    const mg_response_info* info = mg_get_response_info(connection);
    reply.status = info->status_code;
    for (int i = 0; i < info->num_headers; ++i) {
        if (mg_strcasecmp(info->http_headers[i].name, "Content-Type") == 0) reply.contentType = info->http_headers[i].value;
    }
    char buffer[4096];
    for (int n = mg_read(connection, buffer, sizeof buffer); n > 0; n = mg_read(connection, buffer, sizeof buffer)) reply.body.append(buffer, static_cast<std::size_t>(n));
    mg_close_connection(connection);
    return reply;
}

}  // namespace retain::net_test
