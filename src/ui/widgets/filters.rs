//! The filters a quiz is drawn with, shared by quiz setup and the Export screen: a check box per kind of
//! question (its hover says how many the bank holds) and one per topic. Each box is named by what it
//! filters, so a screen reader and the tests find it by its visible label.

use egui::Ui;

use crate::pack::schema::Topic;
use crate::question::{Question, QuestionKind};

/// A check box per kind of question; `kinds` keeps the ticked ones in [`QuestionKind::ALL`]'s order.
pub fn kind_boxes(ui: &mut Ui, bank: &[Question], kinds: &mut Vec<QuestionKind>) {
    ui.horizontal_wrapped(|ui| {
        for kind in QuestionKind::ALL {
            let n = bank.iter().filter(|q| q.kind == kind).count();
            let mut on = kinds.contains(&kind);
            if ui.checkbox(&mut on, kind.name()).on_hover_text(format!("{n} in the bank")).changed() {
                if on {
                    kinds.push(kind);
                    kinds.sort_by_key(|k| QuestionKind::ALL.iter().position(|a| a == k));
                } else {
                    kinds.retain(|k| *k != kind);
                }
            }
        }
    });
}

/// A check box per topic of the pack; `chosen` holds the ticked topics' ids (none ticked: every topic).
pub fn topic_boxes(ui: &mut Ui, topics: &[Topic], chosen: &mut Vec<String>) {
    ui.horizontal_wrapped(|ui| {
        for topic in topics {
            let mut on = chosen.contains(&topic.id);
            if ui.checkbox(&mut on, topic.name.as_str()).changed() {
                if on {
                    chosen.push(topic.id.clone());
                } else {
                    chosen.retain(|t| *t != topic.id);
                }
            }
        }
    });
}
