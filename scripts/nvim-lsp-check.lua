-- Real-client check of surepasslint's language server with Neovim's own LSP
-- client (Neovim 0.7 or later), headless:
--
--   SUREPASSLINT_LSP=path/to/server NVIM_CHECK_OUT=out.json \
--     nvim --headless --clean -c 'luafile scripts/nvim-lsp-check.lua' file.go
--
-- It attaches the server to the file, waits for its diagnostics, asks for the
-- code actions of the first one, applies the first action's edit to the
-- buffer (without saving), and writes {diagnostics, actions, text} as JSON to
-- NVIM_CHECK_OUT. Exit status 1 and an "error" field on failure.

local out = os.getenv("NVIM_CHECK_OUT")
local timeout = tonumber(os.getenv("NVIM_CHECK_TIMEOUT_MS") or "120000")

local function finish(result, status)
  local f = assert(io.open(out, "w"))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(status == 0 and "qall!" or "cquit! " .. status)
end

local function check()
  local server = assert(os.getenv("SUREPASSLINT_LSP"), "SUREPASSLINT_LSP is not set")
  local buf = vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(buf)
  assert(file:match("%.go$"), "open a .go file, not " .. file)

  local config = { name = "surepasslint", cmd = { server }, root_dir = vim.fn.fnamemodify(file, ":p:h") }
  local client_id
  if vim.lsp.start then -- Neovim 0.8+
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client_id)
  end
  assert(client_id, "the server did not start")

  local ok = vim.wait(timeout, function()
    return #vim.diagnostic.get(buf) > 0
  end, 50)
  assert(ok, "no diagnostics within " .. timeout .. " ms")

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, {
      lnum = d.lnum, col = d.col, severity = d.severity, source = d.source, message = d.message,
      code = d.code or lsp.code,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end

  -- The code actions at the first diagnostic, as :lua vim.lsp.buf.code_action() asks.
  local first = vim.diagnostic.get(buf)[1]
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = first.lnum, character = first.col }, ["end"] = { line = first.lnum, character = first.col } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics and vim.lsp.diagnostic.get_line_diagnostics(buf, first.lnum) or {} },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, timeout) or {}
  local actions = {}
  for _, resp in pairs(responses) do
    for _, a in ipairs(resp.result or {}) do
      table.insert(actions, a)
    end
  end
  assert(#actions > 0, "no code action at the first diagnostic")
  vim.lsp.util.apply_workspace_edit(actions[1].edit, "utf-16")
  local titles = {}
  for _, a in ipairs(actions) do
    table.insert(titles, { title = a.title, kind = a.kind })
  end

  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n"
  vim.lsp.stop_client(client_id)
  return { diagnostics = diagnostics, actions = titles, text = text }
end

local ok, result = pcall(check)
if ok then
  finish(result, 0)
else
  finish({ error = tostring(result) }, 1)
end
