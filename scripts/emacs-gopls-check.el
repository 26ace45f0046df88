;;; emacs-gopls-check.el --- real-editor check of gopls built with the surepasslint checks  -*- lexical-binding: t -*-

;; Emacs (28 or later) in a terminal, with the user's init file setting up
;; gopls built with the checks (scripts/build-gopls.sh) through Eglot or
;; lsp-mode, as docs/editors.md shows:
;;
;;   HOME=dir-with-.emacs.d EMACS_CHECK_OUT=out.json EMACS_CHECK_CLIENT=eglot \
;;   EMACS_CHECK_WANT=codeswitch,rawexposure EMACS_CHECK_FIX=rawexposure \
;;   EMACS_CHECK_TITLE='title of the fix' \
;;     script -qec 'emacs -nw -l scripts/emacs-gopls-check.el file.go' /dev/null
;;
;; The init file starts the client as it would for a user (go-mode's hook);
;; this file only watches. It waits until Flymake shows a diagnostic of every
;; check in EMACS_CHECK_WANT, moves point to the first diagnostic of
;; EMACS_CHECK_FIX and runs the client's code action command as M-x does
;; (Eglot: eglot-code-actions, after trying eglot-code-action-quickfix;
;; lsp-mode: lsp-execute-code-action), picking EMACS_CHECK_TITLE in the
;; minibuffer when it offers a choice. It writes what it saw and the buffer's
;; text (not saved) as JSON to EMACS_CHECK_OUT and exits, with status 1 and
;; an "error" field on failure. Give it a fresh HOME with an early-init.el
;; setting native-comp-deferred-compilation to nil: a fresh eln-cache would
;; have Emacs 28 compile Eglot or lsp-mode natively, minutes of CPU. For lsp-mode, the module root is added to its
;; workspace folders first, as answering "i" to its import prompt does.

(require 'cl-lib)
(require 'json)
(require 'subr-x)

(defvar gopls-check-out (getenv "EMACS_CHECK_OUT"))
(defvar gopls-check-client (getenv "EMACS_CHECK_CLIENT"))
(defvar gopls-check-want (split-string (or (getenv "EMACS_CHECK_WANT") "") "," t))
(defvar gopls-check-fix (getenv "EMACS_CHECK_FIX"))
(defvar gopls-check-title (getenv "EMACS_CHECK_TITLE"))
(defvar gopls-check-timeout (string-to-number (or (getenv "EMACS_CHECK_TIMEOUT") "300")))
(defvar gopls-check-start (float-time))
(defvar gopls-check-timer nil)
(defvar gopls-check-buffer nil)

(defun gopls-check-finish (result status)
  "Write RESULT as JSON with the *Messages* log and exit with STATUS."
  (when gopls-check-timer (cancel-timer gopls-check-timer))
  (let ((messages (with-current-buffer (messages-buffer) (buffer-string))))
    (with-temp-file gopls-check-out
      (insert (json-encode (append result (list (cons 'messages messages)))))))
  (kill-emacs status))

(defmacro gopls-check-guard (&rest body)
  "Run BODY; on any error, finish with that error."
  `(condition-case err
       (progn ,@body)
     (error (gopls-check-finish (list (cons 'error (error-message-string err))) 1))))

(defun gopls-check-version (package)
  "The version of PACKAGE as package.el knows it, or nil."
  (when-let ((desc (cadr (assq package package-alist))))
    (package-version-join (package-desc-version desc))))

(defun gopls-check-lsp-diag (d)
  "The LSP diagnostic behind Flymake diagnostic D, as a plist, or nil."
  (let ((data (flymake-diagnostic-data d)))
    (cond
     ((and (listp data) (assq 'eglot-lsp-diag data)) (cdr (assq 'eglot-lsp-diag data)))
     (t nil))))

(defun gopls-check-lsp-mode-diags ()
  "The LSP diagnostics lsp-mode holds for the current buffer, as plists."
  (let ((table (gethash (lsp--fix-path-casing (buffer-file-name)) (lsp-diagnostics t))))
    (mapcar (lambda (d)
              (list :source (lsp:diagnostic-source? d)
                    :message (lsp:diagnostic-message d)
                    :code (lsp:diagnostic-code? d)
                    :severity (lsp:diagnostic-severity? d)
                    :href (when-let ((desc (gethash "codeDescription" d))) (gethash "href" desc))
                    :related (length (lsp:diagnostic-related-information? d))
                    :line (lsp:position-line (lsp:range-start (lsp:diagnostic-range d)))
                    :character (lsp:position-character (lsp:range-start (lsp:diagnostic-range d)))))
            table)))

(defun gopls-check-shown ()
  "What Flymake shows in the current buffer: one alist per diagnostic."
  (mapcar (lambda (d)
            (let ((lsp (gopls-check-lsp-diag d)))
              (save-excursion
                (goto-char (flymake-diagnostic-beg d))
                (list (cons 'line (line-number-at-pos))
                      (cons 'col (1+ (- (point) (line-beginning-position))))
                      (cons 'text (flymake-diagnostic-text d))
                      (cons 'type (symbol-name (flymake-diagnostic-type d)))
                      (cons 'source (plist-get lsp :source))
                      (cons 'message (plist-get lsp :message))
                      (cons 'severity (plist-get lsp :severity))
                      (cons 'code (plist-get lsp :code))
                      (cons 'href (plist-get (plist-get lsp :codeDescription) :href))))))
          (flymake-diagnostics)))

(defun gopls-check-diagnostics ()
  "The diagnostics of the buffer with their LSP fields, as alists.
Eglot keeps the LSP diagnostic in the Flymake one; lsp-mode keeps its
own table, which Flymake shows."
  (if (equal gopls-check-client "eglot")
      (gopls-check-shown)
    (mapcar (lambda (d)
              (list (cons 'line (1+ (plist-get d :line)))
                    (cons 'col (1+ (plist-get d :character)))
                    (cons 'source (plist-get d :source))
                    (cons 'message (plist-get d :message))
                    (cons 'severity (plist-get d :severity))
                    (cons 'code (plist-get d :code))
                    (cons 'href (plist-get d :href))
                    (cons 'related (plist-get d :related))))
            (gopls-check-lsp-mode-diags))))

(defun gopls-check-ready ()
  "Non-nil when Flymake shows a diagnostic of every wanted check.
Eglot's Flymake text is \"SOURCE [CODE]: MESSAGE\", lsp-mode's the message."
  (let ((shown (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))
        (diags (gopls-check-diagnostics)))
    (cl-every (lambda (check)
                (cl-some (lambda (d)
                           (and (equal (alist-get 'source d) check)
                                (cl-some (lambda (text) (string-suffix-p (alist-get 'message d) text)) shown)))
                         diags))
              gopls-check-want)))

(defun gopls-check-pick (title thunk)
  "Call THUNK, answering a minibuffer prompt, if any, with TITLE and RET.
Returns the prompts seen; an error names the choices when TITLE is not one."
  (let ((prompts nil) (missing nil))
    (condition-case nil
        (minibuffer-with-setup-hook
            (lambda ()
              (push (minibuffer-prompt) prompts)
              (delete-minibuffer-contents)
              (insert title)
              (if (test-completion title minibuffer-completion-table minibuffer-completion-predicate)
                  (setq unread-command-events (append unread-command-events (list ?\r)))
                (setq missing (all-completions "" minibuffer-completion-table minibuffer-completion-predicate))
                (run-at-time 0 nil #'abort-recursive-edit)))
          ;; As after M-x ... RET: a keyboard event, so no popup menu.
          (let ((last-nonmenu-event ?\r))
            (funcall thunk)))
      (quit nil))
    (when missing
      (error "%S is not among the choices of %S at line %d column %d%s: %S" title (car prompts)
             (line-number-at-pos) (1+ (current-column))
             (if (use-region-p) (format " (region from line %d)" (line-number-at-pos (mark))) "")
             missing))
    prompts))

(defun gopls-check-act ()
  "Apply the quick fix at the first diagnostic of `gopls-check-fix'."
  (let* ((target (cl-find-if (lambda (d) (equal (alist-get 'source d) gopls-check-fix))
                             (gopls-check-diagnostics)))
         (tick (buffer-modified-tick))
         (result nil))
    (unless target (error "No diagnostic of %s" gopls-check-fix))
    (when (use-region-p)
      (error "The region is active: input reached Emacs (give script(1) a standard input that stays open)"))
    (goto-char (point-min))
    (forward-line (1- (alist-get 'line target)))
    (forward-char (1- (alist-get 'col target)))
    (if (equal gopls-check-client "eglot")
        (progn
          ;; eglot-code-action-quickfix applies nothing on Eglot 1.9 (it
          ;; lists the actions without running one); recorded, not required.
          (ignore-errors (call-interactively #'eglot-code-action-quickfix))
          (push (cons 'quickfixapplied (/= tick (buffer-modified-tick))) result)
          (when (= tick (buffer-modified-tick))
            (push (cons 'prompts (gopls-check-pick gopls-check-title
                                                   (lambda () (call-interactively #'eglot-code-actions))))
                  result)))
      (push (cons 'prompts (gopls-check-pick gopls-check-title
                                             (lambda () (call-interactively #'lsp-execute-code-action))))
            result))
    ;; A fix run as a command comes back as a workspace/applyEdit request.
    (let ((deadline (+ (float-time) 30)))
      (while (and (= tick (buffer-modified-tick)) (< (float-time) deadline))
        (accept-process-output nil 0.1)))
    result))

(defun gopls-check-poll ()
  "Wait for the diagnostics, then act and finish."
  (gopls-check-guard
   (with-current-buffer gopls-check-buffer
     (cond
      ((gopls-check-ready)
       (cancel-timer gopls-check-timer)
       (setq gopls-check-timer nil)
       (let* ((diagnostics (gopls-check-diagnostics))
              (shown (gopls-check-shown))
              (acted (gopls-check-act)))
         (gopls-check-finish
          (append
           (list (cons 'emacs emacs-version)
                 (cons 'client gopls-check-client)
                 (cons 'clientversion (gopls-check-version (if (equal gopls-check-client "eglot") 'eglot 'lsp-mode)))
                 (cons 'mode (symbol-name major-mode))
                 (cons 'diagnostics diagnostics)
                 (cons 'shown shown)
                 (cons 'text (buffer-substring-no-properties (point-min) (point-max))))
           acted)
          0)))
      ((> (- (float-time) gopls-check-start) gopls-check-timeout)
       (error "No diagnostic of each of %s within %d s (major mode %s; Flymake shows %S)"
              (string-join gopls-check-want ",") gopls-check-timeout major-mode
              (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))))))

(defun gopls-check-start ()
  "Find the Go buffer the command line opened and start polling."
  (gopls-check-guard
   (setq gopls-check-buffer
         (or (cl-find-if (lambda (b) (string-suffix-p ".go" (or (buffer-file-name b) ""))) (buffer-list))
             (error "Open a .go file on the command line")))
   (unless (member gopls-check-client '("eglot" "lsp-mode"))
     (error "EMACS_CHECK_CLIENT is %S, not eglot or lsp-mode" gopls-check-client))
   (with-current-buffer gopls-check-buffer
     (when (eq major-mode 'fundamental-mode)
       (error "%s opened in Fundamental mode: go-mode is not installed, so no Go hook starts a client"
              (buffer-name)))
     (when (equal gopls-check-client "lsp-mode")
       (require 'lsp-mode)
       (let ((root (locate-dominating-file (buffer-file-name) "go.mod")))
         (lsp-workspace-folders-add (directory-file-name (expand-file-name root))))))
   (setq gopls-check-timer (run-with-timer 0.2 0.2 #'gopls-check-poll))))

(add-hook 'emacs-startup-hook #'gopls-check-start)

;;; emacs-gopls-check.el ends here
