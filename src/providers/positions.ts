import * as vscode from 'vscode';
import { LineIndex } from '../model/yaml/lineIndex';

/** Offsets of a model's text -> VS Code positions (the text may not be an open document). */
export function rangeOf(text: string, start: number, end: number): vscode.Range {
  const idx = LineIndex.of(text);
  const a = idx.position(start);
  const b = idx.position(end);
  return new vscode.Range(a.line, a.column, b.line, b.column);
}

export function positionOf(text: string, offset: number): vscode.Position {
  const p = LineIndex.of(text).position(offset);
  return new vscode.Position(p.line, p.column);
}

export function offsetOf(text: string, pos: vscode.Position): number {
  return LineIndex.of(text).offset(pos.line, pos.character);
}
