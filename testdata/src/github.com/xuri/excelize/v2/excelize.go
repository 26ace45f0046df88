// Package excelize is a stub of github.com/xuri/excelize/v2: the
// signatures the tests call.
package excelize

import (
	"bytes"
	"io"
)

// File is a workbook.
type File struct{ Path string }

// Options are the save options.
type Options struct{ Password string }

func NewFile(opts ...Options) *File { return &File{} }

func (f *File) Close() error                                             { return nil }
func (f *File) NewSheet(sheet string) (int, error)                       { return 0, nil }
func (f *File) SetCellValue(sheet, cell string, value interface{}) error { return nil }
func (f *File) SetCellStr(sheet, cell, value string) error               { return nil }
func (f *File) SetCellDefault(sheet, cell, value string) error           { return nil }
func (f *File) SetCellInt(sheet, cell string, value int64) error         { return nil }
func (f *File) SetSheetRow(sheet, cell string, slice interface{}) error  { return nil }
func (f *File) Write(w io.Writer, opts ...Options) error                 { return nil }
func (f *File) WriteTo(w io.Writer, opts ...Options) (int64, error)      { return 0, nil }
func (f *File) WriteToBuffer() (*bytes.Buffer, error)                    { return nil, nil }
func (f *File) SaveAs(name string, opts ...Options) error                { return nil }
func (f *File) Save(opts ...Options) error                               { return nil }
