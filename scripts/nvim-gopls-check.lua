-- Real-editor check of gopls built with the surepasslint checks
-- (scripts/build-gopls.sh): Neovim's own LSP client (Neovim 0.7 or later),
-- headless, with that gopls as its only Go language server. Either a
-- configuration (such as the one in docs/editors.md) has started it for the
-- file already:
--
--   NVIM_CHECK_OUT=out.json NVIM_CHECK_WANT=codeswitch,rawexposure NVIM_CHECK_FIX=rawexposure \
--     nvim --headless -u init.lua -n -c 'luafile scripts/nvim-gopls-check.lua' file.go
--
-- or, with GOPLS set, this script starts it, with no configuration at all:
--
--   GOPLS=path/to/gopls NVIM_CHECK_OUT=out.json \
--   NVIM_CHECK_WANT=codeswitch,rawexposure NVIM_CHECK_FIX=rawexposure \
--     nvim --headless --clean -n -c 'luafile scripts/nvim-gopls-check.lua' file.go
--
-- (root: the directory of the nearest go.mod). It then
-- waits until it shows a diagnostic of every check in NVIM_CHECK_WANT, asks
-- for the quick fixes of the first diagnostic of NVIM_CHECK_FIX exactly as
-- :lua vim.lsp.buf.code_action() does, applies the first one to the buffer
-- (without saving) and writes {diagnostics, actions, text} as JSON to
-- NVIM_CHECK_OUT. Exit status 1 and an "error" field on failure.

local out = os.getenv("NVIM_CHECK_OUT")
local timeout = tonumber(os.getenv("NVIM_CHECK_TIMEOUT_MS") or "300000")

local function finish(result, status)
  local f = assert(io.open(out, "w"))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(status == 0 and "qall!" or "cquit! " .. status)
end

local function split(s)
  local t = {}
  for w in string.gmatch(s or "", "[^,]+") do
    table.insert(t, w)
  end
  return t
end

-- lsp_diagnostic returns the LSP form of a vim.diagnostic entry: Neovim
-- 0.10+ keeps the whole LSP diagnostic in user_data.lsp; 0.7 keeps only some
-- fields there, and the range is rebuilt (ASCII lines: columns agree).
local function lsp_diagnostic(d)
  local lsp = d.user_data and d.user_data.lsp or {}
  if lsp.range and lsp.message then
    return lsp
  end
  return {
    range = {
      start = { line = d.lnum, character = d.col },
      ["end"] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
    },
    severity = d.severity, message = d.message, source = d.source, code = d.code or lsp.code,
  }
end

-- attached returns the id of the gopls client attached to buf, if any.
local function attached(buf)
  local clients
  if vim.lsp.get_clients then -- 0.10+
    clients = vim.lsp.get_clients({ bufnr = buf })
  else
    clients = vim.lsp.buf_get_clients(buf)
  end
  for _, c in pairs(clients) do
    if c.name == "gopls" then
      return c.id
    end
  end
end

local function check()
  local gopls = os.getenv("GOPLS")
  local want = split(os.getenv("NVIM_CHECK_WANT"))
  local fix = assert(os.getenv("NVIM_CHECK_FIX"), "NVIM_CHECK_FIX is not set")
  local buf = vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(buf)
  assert(file:match("%.go$"), "open a .go file, not " .. file)
  local gomod = vim.fn.findfile("go.mod", vim.fn.fnamemodify(file, ":p:h") .. ";")
  assert(gomod ~= "", "no go.mod above " .. file)
  local root = vim.fn.fnamemodify(gomod, ":p:h")

  local client_id
  if not gopls or gopls == "" then
    vim.wait(10000, function() return attached(buf) ~= nil end, 100)
    client_id = attached(buf)
    assert(client_id, "no gopls client is attached to " .. file .. " (filetype " .. vim.bo[buf].filetype .. "): the configuration did not start one, and GOPLS is not set")
  else
    local config = { name = "gopls", cmd = { gopls }, root_dir = root }
    if vim.lsp.start then -- Neovim 0.8+
      client_id = vim.lsp.start(config)
    else
      client_id = vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(buf, client_id)
    end
    assert(client_id, "gopls did not start")
  end

  local function by_source(source)
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.source == source then
        table.insert(found, d)
      end
    end
    return found
  end
  local ok = vim.wait(timeout, function()
    for _, source in ipairs(want) do
      if #by_source(source) == 0 then
        return false
      end
    end
    return true
  end, 100)
  assert(ok, "no diagnostic of each of " .. table.concat(want, ",") .. " within " .. timeout .. " ms")

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, {
      lnum = d.lnum, col = d.col, severity = d.severity, source = d.source or vim.NIL, message = d.message,
      code = d.code or lsp.code or vim.NIL,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
      related = lsp.relatedInformation and #lsp.relatedInformation or 0,
    })
  end

  local target = by_source(fix)[1]
  assert(target, "no diagnostic of " .. fix)
  local diag = lsp_diagnostic(target)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = diag.range,
    context = { diagnostics = { diag }, only = { "quickfix" } },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, timeout) or {}
  local actions = {}
  for _, resp in pairs(responses) do
    assert(not resp.err, "codeAction: " .. vim.inspect(resp.err))
    for _, a in ipairs(resp.result or {}) do
      table.insert(actions, a)
    end
  end
  assert(#actions > 0, "no quick fix at the " .. fix .. " diagnostic")

  local action = actions[1]
  local client = vim.lsp.get_client_by_id(client_id)
  if not action.edit and not action.command and action.data then -- lazily resolved (0.10+ clients)
    local resp = client.request_sync("codeAction/resolve", action, timeout, buf)
    assert(resp and not resp.err, "codeAction/resolve: " .. vim.inspect(resp))
    action = resp.result
  end
  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or "utf-16")
  end
  if action.command then
    local cmd = type(action.command) == "table" and action.command or action
    -- gopls applies the edit with a workspace/applyEdit request, which
    -- Neovim's default handler applies to the buffer.
    local resp = client.request_sync("workspace/executeCommand", { command = cmd.command, arguments = cmd.arguments }, timeout, buf)
    assert(resp and not resp.err, "executeCommand: " .. vim.inspect(resp))
  end

  local titles = {}
  for _, a in ipairs(actions) do
    table.insert(titles, { title = a.title, kind = a.kind or vim.NIL })
  end
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n"
  vim.lsp.stop_client(client_id)
  return { diagnostics = diagnostics, actions = titles, text = text, version = string.format("%d.%d.%d", vim.version().major, vim.version().minor, vim.version().patch) }
end

local ok, result = pcall(check)
if ok then
  finish(result, 0)
else
  finish({ error = tostring(result) }, 1)
end
